using System.Collections.Immutable;

namespace Decider.Web.Assessments;

/// <summary>
/// What changed in the reasons between two results of the same or different answers: reasons gained, lost, and
/// re-weighted (a different weight or direction). Today's-content re-evaluation and the compare page both use it.
/// </summary>
public sealed record ReasonChanges(ImmutableArray<ReasonChange> Gained, ImmutableArray<ReasonChange> Lost, ImmutableArray<ReasonChange> Reweighted)
{
    public static ReasonChanges Between(IEnumerable<ReportReason> then, IEnumerable<ReportReason> now)
    {
        var before = then.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var after = now.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return new ReasonChanges(
            [.. after.Values.Where(r => !before.ContainsKey(r.Id)).Select(r => new ReasonChange(r.Id, r.Direction, r.Text, null, r.Weight))],
            [.. before.Values.Where(r => !after.ContainsKey(r.Id)).Select(r => new ReasonChange(r.Id, r.Direction, r.Text, r.Weight, null))],
            [.. after.Values
                .Where(r => before.TryGetValue(r.Id, out var old) && (old.Weight != r.Weight || old.Direction != r.Direction))
                .Select(r => new ReasonChange(r.Id, r.Direction, r.Text, before[r.Id].Weight, r.Weight,
                    before[r.Id].Direction == r.Direction ? null : before[r.Id].Direction))]);
    }
}

/// <summary>
/// A reason that appeared, went or changed; a null weight is "not a reason then" or "not now", and
/// <see cref="DirectionThen"/> is set when the reason now speaks the other way.
/// </summary>
public sealed record ReasonChange(string Id, string Direction, string Text, int? WeightThen, int? WeightNow, string? DirectionThen = null);
