using System.Collections.Immutable;
using System.Globalization;

namespace Decider.Core.Spikes;

/// <summary>One metric at the review: its latest check-in, if any, and how that stands against the target and baseline.</summary>
public sealed record MetricStanding(SpikeMetric Metric, CheckIn? Latest)
{
    public bool Measured => Latest is not null;

    public bool MeetsTarget => Latest is { } latest && Metric.Meets(latest.Value);

    public bool WorseThanBaseline => Latest is { } latest && Metric.IsWorseThanBaseline(latest.Value);
}

/// <summary>
/// The end review: each metric's latest value against its target, and the first rule, in the order written, whose
/// condition holds, with why it fired or why none did. A metric without a check-in never lets a rule fire on it.
/// </summary>
public sealed record SpikeReview(ImmutableArray<MetricStanding> Metrics, SpikeRule? Fired, string Why)
{
    public static SpikeReview Of(SpikePlan plan, IEnumerable<CheckIn> checkIns)
    {
        var all = checkIns.ToList();
        // The latest by date; of two on the same day, the one recorded last.
        var standings = plan.Metrics.Select(m => new MetricStanding(m,
            all.Select((c, i) => (c, i)).Where(x => x.c.Metric == m.Name).OrderBy(x => x.c.On).ThenBy(x => x.i).Select(x => x.c).LastOrDefault())).ToImmutableArray();
        foreach (var rule in plan.Rules)
        {
            if (Holds(rule.When, standings) is { } why)
            {
                return new SpikeReview(standings, rule, why);
            }
        }
        var unmeasured = standings.Where(s => !s.Measured).Select(s => s.Metric.Name).ToList();
        return new SpikeReview(standings, null, unmeasured.Count > 0
            ? $"No rule fired: {Names(unmeasured)} {(unmeasured.Count == 1 ? "has" : "have")} no check-in yet."
            : "No rule fired: the numbers match none of the rules written before the spike, so the team decides.");
    }

    /// <summary>Why the condition holds, or null when it does not.</summary>
    private static string? Holds(RuleCondition condition, ImmutableArray<MetricStanding> standings) => condition switch
    {
        RuleCondition.AllTargetsMet when standings.Length > 0 && standings.All(s => s.MeetsTarget) =>
            $"Every metric meets its target: {string.Join("; ", standings.Select(Figure))}.",
        RuleCondition.AnyWorseThanBaseline when standings.Where(s => s.WorseThanBaseline).ToList() is { Count: > 0 } worse =>
            $"{Names([.. worse.Select(s => s.Metric.Name)])} {(worse.Count == 1 ? "is" : "are")} worse than the baseline: {string.Join("; ", worse.Select(Figure))}.",
        RuleCondition.NoTargetMet when standings.Length > 0 && standings.All(s => s.Measured && !s.MeetsTarget) =>
            $"No metric meets its target: {string.Join("; ", standings.Select(Figure))}.",
        _ => null,
    };

    private static string Figure(MetricStanding s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Metric.Name} {s.Latest!.Value:0.###} {s.Metric.Unit} (baseline {s.Metric.Baseline:0.###}, target {s.Metric.Target:0.###})");

    private static string Names(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
