using System.Globalization;
using System.Reflection;
using Decider.Core.Spikes;
using Decider.Core.Systems;
using Decider.Web.Assessments;
using Decider.Web.Extensions;
using Decider.Web.Infrastructure;
using FluentValidation;

namespace Decider.Web.Spikes;

/// <summary>A success metric as the API takes it.</summary>
public sealed record SpikeMetricRequest(
    [property: JsonShape("text")] string? Name,
    [property: JsonShape("text")] string? Unit,
    [property: JsonShape("a number")] double? Baseline,
    [property: JsonShape("a number")] double? Target,
    [property: JsonShape("\"lowerIsBetter\" or \"higherIsBetter\"")] MetricDirection? Direction);

/// <summary>A rule as the API takes it: the outcome, and when it fires.</summary>
public sealed record SpikeRuleRequest(
    [property: JsonShape("\"continue\", \"stop\" or \"rollBack\"")] SpikeOutcome? Outcome,
    [property: JsonShape("\"allTargetsMet\", \"anyWorseThanBaseline\" or \"noTargetMet\"")] RuleCondition? When);

/// <summary>The body of POST /api/v1/spikes: the plan, written before the spike starts.</summary>
public sealed record PlanSpikeRequest(
    [property: JsonShape("the id of a saved assessment, as text")] string? Assessment,
    [property: JsonShape("text")] string? Module,
    [property: JsonShape("text")] string? Boundary,
    [property: JsonShape("text")] string? Pair,
    [property: JsonShape("a date written as yyyy-MM-dd, such as 2027-01-04")] string? Start,
    [property: JsonShape("a whole number of weeks")] int? Weeks,
    [property: JsonShape("an array of metrics, each such as {\"name\": \"Crash rate\", \"unit\": \"crashes a week\", \"baseline\": 12, \"target\": 3, \"direction\": \"lowerIsBetter\"}")]
    IReadOnlyList<SpikeMetricRequest?>? Metrics,
    [property: JsonShape("an array of rules, each such as {\"outcome\": \"stop\", \"when\": \"noTargetMet\"}")] IReadOnlyList<SpikeRuleRequest?>? Rules)
    : IBindableFromHttpContext<PlanSpikeRequest>
{
    public static ValueTask<PlanSpikeRequest?> BindAsync(HttpContext context, ParameterInfo parameter) => JsonRequests.BindAsync<PlanSpikeRequest>(context);

    /// <summary>The request, already validated, as the plan; without weeks, the time box is the content's (spike.md).</summary>
    public SpikePlan ToPlan(int defaultWeeks) => new(Module!.Trim(), Boundary!.Trim(), Pair!.Trim(),
        DateOnly.ParseExact(Start!, "yyyy-MM-dd", CultureInfo.InvariantCulture), Weeks ?? defaultWeeks,
        [.. Metrics!.Select(m => new SpikeMetric(m!.Name!.Trim(), m.Unit!.Trim(), m.Baseline!.Value, m.Target!.Value, m.Direction!.Value))],
        [.. Rules!.Select(r => new SpikeRule(r!.Outcome!.Value, r.When!.Value))]);
}

public sealed class PlanSpikeRequestValidator : AbstractValidator<PlanSpikeRequest>
{
    public const int MaxName = 100;
    public const int MaxText = 300;
    public const int MaxUnit = 40;
    public const int MaxMetrics = 20;
    public const int MaxWeeks = SpikePlan.MaxWeeks;

    /// <summary>The verdicts a plan can start from: a spike, or a rollout of Rust.</summary>
    public static readonly IReadOnlySet<string> PlannedFrom = new HashSet<string>(SystemMap.RustVerdicts) { SystemMap.SpikeVerdict };

    public PlanSpikeRequestValidator(DeciderDbContext db, TimeProvider time)
    {
        RuleFor(r => r.Assessment).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Assessment is required: the id of the saved result the spike is planned from.")
            .MustAsync(async (id, cancellationToken) => await SavedAssessments.FindAsync(db, id, cancellationToken) is { } a && PlannedFrom.Contains(SavedReport.Of(a).Verdict.Id))
            .WithMessage("Assessment must be the id of a saved result whose verdict is a Rust spike, Rust or a Rust library.")
            .OverridePropertyName("assessment");
        // One spike per decision; the message names the one there is, read by the same query that finds it.
        RuleFor(r => r.Assessment).CustomAsync(async (id, context, cancellationToken) =>
        {
            if (await SavedSpikes.PlannedFromAsync(db, id, cancellationToken) is { } planned)
            {
                context.AddFailure("assessment", $"A spike is already planned from this result; record what it measures on its page, /p/{planned}.");
            }
        });
        Text(r => r.Module, "module", "Module is required: the module the spike rewrites, such as “File parser”.", MaxName);
        Text(r => r.Boundary, "boundary", "Boundary is required: what goes in and what comes out, in one sentence.", MaxText);
        Text(r => r.Pair, "pair", "Pair is required: the two people who write and review the spike.", MaxName);
        RuleFor(r => r.Start).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Start is required: the day the spike starts, written as yyyy-MM-dd.")
            .Must(s => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .WithMessage("Start must be a date written as yyyy-MM-dd, such as 2027-01-04.")
            .Must(s => Math.Abs(DateOnly.ParseExact(s!, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - Today(time).DayNumber) <= 366)
            .WithMessage("Start must be within a year of today.")
            .OverridePropertyName("start");
        RuleFor(r => r.Weeks).InclusiveBetween(1, MaxWeeks).When(r => r.Weeks is not null)
            .WithMessage($"Weeks must be from 1 to {MaxWeeks}; the spike plan suggests four to six.").OverridePropertyName("weeks");
        RuleFor(r => r.Metrics).Custom((metrics, context) =>
        {
            if (metrics is not { Count: > 0 and <= MaxMetrics })
            {
                context.AddFailure("metrics", $"Metrics must list 1 to {MaxMetrics} success metrics, each with a name, a unit, a baseline, a target and a direction.");
                return;
            }
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < metrics.Count; i++)
            {
                var key = $"metrics[{i}]";
                if (metrics[i] is not { } metric)
                {
                    context.AddFailure(key, "Each metric must be an object such as {\"name\": \"Crash rate\", ...}.");
                    continue;
                }
                if (string.IsNullOrWhiteSpace(metric.Name) || metric.Name.Trim().Length > MaxName)
                {
                    context.AddFailure($"{key}.name", $"A metric's name is required, at most {MaxName} characters.");
                }
                else if (!names.Add(metric.Name.Trim()))
                {
                    context.AddFailure($"{key}.name", $"The metric “{metric.Name.Trim()}” is listed twice.");
                }
                if (string.IsNullOrWhiteSpace(metric.Unit) || metric.Unit.Trim().Length > MaxUnit)
                {
                    context.AddFailure($"{key}.unit", $"A metric's unit is required, at most {MaxUnit} characters, such as “ms” or “tickets a week”.");
                }
                if (metric.Baseline is not { } baseline || !double.IsFinite(baseline))
                {
                    context.AddFailure($"{key}.baseline", "Baseline is required: today's figure, a finite number.");
                }
                if (metric.Target is not { } target || !double.IsFinite(target))
                {
                    context.AddFailure($"{key}.target", "Target is required: the figure that counts as success, a finite number.");
                }
                if (metric.Direction is null)
                {
                    context.AddFailure($"{key}.direction", "Direction is required: \"lowerIsBetter\" or \"higherIsBetter\".");
                }
                else if (metric is { Baseline: { } b, Target: { } t } && double.IsFinite(b) && double.IsFinite(t)
                    && (metric.Direction == MetricDirection.LowerIsBetter ? t >= b : t <= b))
                {
                    context.AddFailure($"{key}.target", $"The target must be better than the baseline: {(metric.Direction == MetricDirection.LowerIsBetter ? "lower" : "higher")} than {b.ToString(CultureInfo.InvariantCulture)}.");
                }
            }
        });
        RuleFor(r => r.Rules).Custom((rules, context) =>
        {
            if (rules is not { Count: > 0 and <= 3 })
            {
                context.AddFailure("rules", "Rules must list 1 to 3 rules written before the spike starts: when to continue, stop or roll back.");
                return;
            }
            var outcomes = new HashSet<SpikeOutcome>();
            for (var i = 0; i < rules.Count; i++)
            {
                if (rules[i] is not { Outcome: { } outcome, When: not null })
                {
                    context.AddFailure($"rules[{i}]", "Each rule needs an outcome (\"continue\", \"stop\" or \"rollBack\") and when it fires.");
                }
                else if (!outcomes.Add(outcome))
                {
                    context.AddFailure($"rules[{i}].outcome", "Each outcome has one rule; this one is given twice.");
                }
            }
        });
    }

    private void Text(System.Linq.Expressions.Expression<Func<PlanSpikeRequest, string?>> field, string name, string required, int max) =>
        RuleFor(field).Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(required)
            .Must(t => t!.Trim().Length <= max).WithMessage(r => $"{char.ToUpperInvariant(name[0])}{name[1..]} may be at most {max} characters.")
            .OverridePropertyName(name);

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
