using System.Collections.Immutable;
using Decider.Core.Rules;
using Decider.Core.Spikes;

namespace Decider.Core.Content;

/// <summary>
/// How the content helps a team plan a spike (spike.md): the time box it suggests, the metrics worth writing down
/// for a component, chosen by its answers and by the reasons behind its verdict, and what a continue or a stop at
/// the end review makes the decision.
/// </summary>
public sealed record SpikeGuide(int DefaultWeeks, ImmutableArray<SuggestedMetric> Metrics, SpikeOutcomeGuide Continue, SpikeOutcomeGuide Stop)
{
    /// <summary>The guide of content without spike.md: product-teams' longest time box, no suggestions, and plain outcomes.</summary>
    public static SpikeGuide Default { get; } = new(6, [], SpikeOutcomeGuide.DefaultContinue, SpikeOutcomeGuide.DefaultStop);

    /// <summary>The metrics that fit a result, in the order the content lists them.</summary>
    public ImmutableArray<SuggestedMetric> SuggestedFor(AnswerSet answers, IEnumerable<string> reasonIds)
    {
        var reasons = reasonIds.ToHashSet(StringComparer.Ordinal);
        return [.. Metrics.Where(m => m.Fits(answers, reasons))];
    }
}

/// <summary>
/// A metric the content suggests, without numbers: the team writes its own baseline and target. It fits when its
/// condition holds for the answers or one of its reasons is among the result's; one with neither always fits.
/// </summary>
public sealed record SuggestedMetric(
    string Id,
    string Name,
    string Unit,
    MetricDirection Direction,
    Condition? When,
    ImmutableArray<string> ReasonIds,
    string Text,
    ImmutableArray<string> SourceIds,
    ImmutableArray<Quote> Quotes)
{
    public bool Fits(AnswerSet answers, IReadOnlySet<string> reasonIds) =>
        (When is null && ReasonIds.IsEmpty) || When?.HoldsFor(answers) == true || ReasonIds.Any(reasonIds.Contains);
}

/// <summary>
/// What an outcome the lead confirms makes the decision: its verdict, and why, with the sources that say so. The
/// revision's "why" is this text followed by what the spike measured.
/// </summary>
public sealed record SpikeOutcomeGuide(string VerdictId, string Text, ImmutableArray<string> SourceIds, ImmutableArray<Quote> Quotes)
{
    public static SpikeOutcomeGuide DefaultContinue { get; } = new("rust", "The spike met what the team wrote down before it started.", [], []);

    public static SpikeOutcomeGuide DefaultStop { get; } = new("current-stack", "The spike ended in stop, so the current stack stays.", [], []);

    /// <summary>
    /// The evaluation of the decision's answers, decided by the spike instead of by the procedure: this verdict, this
    /// "why" with <paramref name="measured"/> after it, and neither the answers it turned on, nor open questions or advice
    /// that could change it, since numbers decided it (so its confidence is high). The reasons and scores stay, as the
    /// background the spike was planned on.
    /// </summary>
    public Evaluation Decide(Evaluation evaluation, DecisionContent content, string gateId, string measured) => evaluation with
    {
        Verdict = content.Verdict(VerdictId),
        DecidedBy = new Gate(gateId, VerdictId, new Condition([]), [], ScoreBounds.Any, 0, int.MaxValue, null, SourceIds, Quotes, $"{Text} {measured}"),
        Deciding = [],
        Counterfactuals = [],
        FindOutFirst = [],
        OpenQuestions = [],
        Confidence = Confidence.High,
    };
}
