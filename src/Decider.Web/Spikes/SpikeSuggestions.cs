using System.Collections.Immutable;
using Decider.Core.Spikes;
using Decider.Web.Assessments;
using Decider.Web.Evaluate;

namespace Decider.Web.Spikes;

/// <summary>
/// What a new plan starts with for a saved result, from today's content (spike.md): the time box, and the metrics that
/// fit the result's answers and the reasons behind its verdict, each with why it is worth watching; those measuring
/// what the verdict turns on first, then in the content's order.
/// </summary>
public sealed record SpikeSuggestions(string Assessment, int DefaultWeeks, ImmutableArray<SuggestedMetricResponse> Metrics)
{
    /// <summary>How many of the suggestions a new plan starts with; the others are offered beside it.</summary>
    public const int InPlan = 3;

    public static SpikeSuggestions For(Assessment assessment, DecisionEngine engine)
    {
        var content = engine.Content;
        // The answers as the engine reads them: an answer to a question not asked under the others counts for nothing.
        var evaluation = engine.Evaluate(AnswersJson.ReadStored(assessment.AnswersJson, content).Answers);
        var reasons = SavedReport.Of(assessment).Reasons.Select(r => r.Id);
        // A metric that measures what the verdict turns on (one reviewer, say) comes first, so it is among those in the plan.
        var deciding = evaluation.Deciding.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return new SpikeSuggestions(assessment.Id, content.Spike.DefaultWeeks,
            [.. content.Spike.SuggestedFor(evaluation.Answers, reasons)
                .OrderBy(m => m.ReasonIds.Any(deciding.Contains) ? 0 : 1)
                .Select(m => new SuggestedMetricResponse(m.Id, m.Name, m.Unit, m.Direction, m.Text, EvaluationResponse.Sources(m.SourceIds, m.Quotes, content)))]);
    }
}

/// <summary>A suggested metric without numbers: the team writes its own baseline and target.</summary>
public sealed record SuggestedMetricResponse(string Id, string Name, string Unit, MetricDirection Direction, string Why, ImmutableArray<SourceResponse> Sources);
