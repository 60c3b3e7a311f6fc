using System.Collections.Immutable;

namespace Decider.Core.Spikes;

/// <summary>Which way a metric gets better: down (crash rate, p95 latency) or up (throughput).</summary>
public enum MetricDirection
{
    LowerIsBetter,
    HigherIsBetter,
}

/// <summary>A success metric written down before the spike starts: today's figure and the figure that counts as success.</summary>
public sealed record SpikeMetric(string Name, string Unit, double Baseline, double Target, MetricDirection Direction)
{
    /// <summary>At the target or beyond it, in the metric's direction; a value exactly at the target meets it.</summary>
    public bool Meets(double value) => Direction == MetricDirection.LowerIsBetter ? value <= Target : value >= Target;

    /// <summary>Worse than the baseline, in the metric's direction; a value at the baseline is not worse.</summary>
    public bool IsWorseThanBaseline(double value) => Direction == MetricDirection.LowerIsBetter ? value > Baseline : value < Baseline;
}

/// <summary>A value measured for one metric on one day, with what the team noted.</summary>
public sealed record CheckIn(string Metric, DateOnly On, double Value, string? Note = null);

/// <summary>What the team does at the end of a spike.</summary>
public enum SpikeOutcome
{
    Continue,
    Stop,
    RollBack,
}

/// <summary>When a rule fires, judged on each metric's latest check-in.</summary>
public enum RuleCondition
{
    /// <summary>Every metric has a check-in and meets its target.</summary>
    AllTargetsMet,

    /// <summary>At least one metric's latest value is worse than its baseline.</summary>
    AnyWorseThanBaseline,

    /// <summary>Every metric has a check-in and none meets its target.</summary>
    NoTargetMet,
}

/// <summary>A stop, continue or roll-back rule as the team wrote it before the spike started.</summary>
public sealed record SpikeRule(SpikeOutcome Outcome, RuleCondition When);

/// <summary>Where a spike stands on a given day.</summary>
public enum SpikeState
{
    NotStarted,
    Running,
    PastTimeBox,
    Ended,
}

/// <summary>
/// The spike as planned before anyone writes Rust (product-teams: "Write down what success means before anyone writes
/// Rust"): the module and its boundary, the pair, the time box, the metrics and the rules, applied in the order written.
/// </summary>
public sealed record SpikePlan(string Module, string Boundary, string Pair, DateOnly Start, int Weeks,
    ImmutableArray<SpikeMetric> Metrics, ImmutableArray<SpikeRule> Rules)
{
    /// <summary>The longest time box a plan or the content may give, in weeks.</summary>
    public const int MaxWeeks = 12;

    /// <summary>The last day of the time box.</summary>
    public DateOnly End => Start.AddDays(Weeks * 7 - 1);

    public SpikeState StateOn(DateOnly today, bool ended) =>
        ended ? SpikeState.Ended : today < Start ? SpikeState.NotStarted : today <= End ? SpikeState.Running : SpikeState.PastTimeBox;
}
