using System.Globalization;
using Decider.Core.Spikes;

namespace Decider.Web.Spikes;

/// <summary>A spike's rules, outcomes, state and standings in words, the same on its page and in its reports.</summary>
public static class SpikeWords
{
    public static string Outcome(SpikeOutcome outcome) => outcome switch
    {
        SpikeOutcome.Continue => "Continue",
        SpikeOutcome.Stop => "Stop",
        _ => "Roll back",
    };

    /// <summary>
    /// product-teams' maintenance test a year after Rust stays, as the questions to revisit the decision with; null
    /// unless the spike ended in continue.
    /// </summary>
    public static string? MaintenanceCheck(IReadOnlyList<SpikeOutcomeRecord> outcomes) =>
        outcomes.LastOrDefault() is { Outcome: SpikeDecision.Continue } continued
            ? $"Revisit by {DateOnly.FromDateTime(continued.RecordedAt).AddYears(1):yyyy-MM-dd} with {MaintenanceTest}"
            : null;

    public const string MaintenanceTest = "the maintenance test of \u201cRust for product teams\u201d: can two or three engineers explain the service without its author, " +
        "update its dependencies \u201cin a normal sprint\u201d, and debug it in production without fear?";

    /// <summary>Whether the lead's outcome is the one the fired rule gives: stop answers a stop or a roll back.</summary>
    public static bool Agrees(SpikeRule? fired, SpikeDecision decision) => (fired?.Outcome, decision) switch
    {
        (SpikeOutcome.Continue, SpikeDecision.Continue) => true,
        (SpikeOutcome.Stop or SpikeOutcome.RollBack, SpikeDecision.Stop) => true,
        _ => false,
    };

    /// <summary>What the written rules give, as text: the fired rule's outcome, then why.</summary>
    public static string Review(SpikeReview review) => (review.Fired is { } fired ? $"{Outcome(fired.Outcome)}. " : "") + review.Why;

    public static string Decision(SpikeOutcomeRecord outcome) => outcome.Outcome switch
    {
        SpikeDecision.Continue => "Continue with Rust",
        SpikeDecision.Stop => "Stop and keep the current stack",
        _ => $"Extended by {outcome.Weeks} weeks",
    };

    public static string Rule(SpikeRule rule) => $"{Outcome(rule.Outcome)} if {rule.When switch
    {
        RuleCondition.AllTargetsMet => "every metric meets its target",
        RuleCondition.AnyWorseThanBaseline => "any metric is worse than its baseline",
        _ => "no metric meets its target",
    }}.";

    public static string State(SpikePlan plan, SpikeState state, DateOnly today) => state switch
    {
        SpikeState.NotStarted => $"Not started: it starts on {Day(plan.Start)}",
        SpikeState.Running => $"Running: week {(today.DayNumber - plan.Start.DayNumber) / 7 + 1} of {plan.Weeks}, until {Day(plan.End)}",
        SpikeState.PastTimeBox => $"Past its time box since {Day(plan.End)}: time for the end review",
        _ => "Ended: the end review is recorded below",
    };

    public static string Standing(MetricStanding standing)
    {
        var metric = standing.Metric;
        var way = metric.Direction == MetricDirection.LowerIsBetter ? "lower is better" : "higher is better";
        var plan = $"{Number(metric.Baseline)} → {Number(metric.Target)} {metric.Unit} ({way})";
        return standing.Latest is not { } latest
            ? $"{plan}; no check-in yet."
            : $"{plan}; latest {Number(latest.Value)} on {Day(latest.On)}: " +
              (standing.MeetsTarget ? "meets the target." : standing.WorseThanBaseline ? "worse than the baseline." : "short of the target.");
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
