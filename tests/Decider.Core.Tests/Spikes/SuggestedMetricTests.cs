using System.Collections.Immutable;
using Decider.Core.Rules;

namespace Decider.Core.Tests.Spikes;

/// <summary>
/// The metrics a spike plan suggests, from the shipped spike.md, for the kind of component and the reasons behind
/// its verdict. product-teams: "Use a few numbers the team can check later".
/// </summary>
public sealed class SuggestedMetricTests
{
    private static string[] Suggested(params (string Question, string Option)[] answers)
    {
        var set = AnswerSet.From(answers.GroupBy(a => a.Question).Select(g => KeyValuePair.Create(g.Key, g.Select(a => a.Option).ToImmutableArray())));
        var evaluation = ShippedContent.Engine.Evaluate(set);
        return [.. ShippedContent.Content.Spike.SuggestedFor(evaluation.Answers, evaluation.Reasons.Select(r => r.Id)).Select(m => m.Id)];
    }

    [Fact]
    public void QueueWorkerParsingCustomerFiles_WatchesCrashesRetriesAndTickets()
    {
        // product-teams' worked example: "They look at crash rate, retry volume, support tickets".
        var ids = Suggested(("workload", "parser"), ("failure-cost", "high"), ("input-trust", "untrusted"), ("rust-reviewers", "two-plus"));

        Assert.Equal(["crash-rate", "production-errors", "retry-volume", "support-tickets", "delivery-time", "babysitting"], ids);
    }

    [Fact]
    public void TailLatencyReason_PutsP99First()
    {
        var ids = Suggested(("workload", "realtime"), ("performance", "primary"), ("performance-needs", "p99-latency"), ("rust-reviewers", "team"));

        Assert.Equal(["p99-latency", "p95-latency", "crash-rate"], ids.Take(3));
        Assert.DoesNotContain("review-time", ids);
    }

    [Fact]
    public void OneRustReviewer_SuggestsReviewTime()
    {
        Assert.Contains("review-time", Suggested(("workload", "cpu-worker"), ("rust-reviewers", "one")));
        Assert.Contains("review-time", Suggested(("workload", "cpu-worker"), ("rust-reviewers", "none")));
    }

    [Fact]
    public void AnAnswerToAQuestionNotAsked_SuggestsNothing()
    {
        // Cold start is asked about only when performance matters.
        Assert.DoesNotContain("cold-start", Suggested(("workload", "serverless"), ("performance", "not-primary"), ("performance-needs", "cold-start")));
        Assert.Contains("cold-start", Suggested(("workload", "serverless"), ("performance", "important"), ("performance-needs", "cold-start")));
    }

    [Fact]
    public void NothingSpecific_LeavesTheFullCostMetricsOnly()
    {
        Assert.Equal(["delivery-time", "babysitting"], Suggested(("workload", "crud-api")));
    }
}
