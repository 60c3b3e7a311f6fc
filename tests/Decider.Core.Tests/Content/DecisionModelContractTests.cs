using Decider.Core.Content;

namespace Decider.Core.Tests.Content;

/// <summary>
/// The question, option and verdict ids of the decision model (spec/decision-model.md) are a contract with
/// saved links and the API: the shipped content must offer every one of them.
/// </summary>
public sealed class DecisionModelContractTests
{
    public static TheoryData<string, string, string[]> Questions() => new()
    {
        { "lifespan", "single", ["prototype", "growing", "long-lived"] },
        { "workload", "single", ["crud-api", "frontend", "api-glue", "script", "data-science", "ml-inference", "realtime", "payments-auth", "cpu-worker", "parser", "cli", "infrastructure", "embedded", "serverless", "plugin-host", "shared-library", "wasm", "other"] },
        { "performance", "single", ["not-primary", "important", "primary"] },
        { "performance-needs", "multi", ["p99-latency", "throughput", "memory", "cold-start", "cpu-bound", "concurrency", "binary-size"] },
        { "bottleneck", "single", ["no-existing", "not-measured", "io-bound", "fixable", "runtime-bound"] },
        { "failure-cost", "single", ["low", "moderate", "high", "critical"] },
        { "input-trust", "single", ["trusted", "untrusted"] },
        { "runtime-profile", "single", ["occasional", "always-on"] },
        { "change-rate", "single", ["weekly", "monthly", "stable"] },
        { "boundary", "single", ["clear", "fuzzy", "none"] },
        { "rust-reviewers", "single", ["none", "one", "two-plus", "team"] },
        { "deadline", "single", ["under-3-months", "3-6-months", "flexible"] },
        { "ecosystem", "single", ["covered", "gaps", "major-gaps"] },
        { "hiring", "single", ["hard", "train", "easy"] },
        { "scale", "single", ["small", "medium", "large"] },
        { "current-stack", "single", ["python", "typescript", "go", "jvm", "dotnet", "cpp", "rust", "other"] },
        { "integration", "single", ["library-ok", "separate-service", "whole-component"] },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void ShippedContent_OffersTheContractQuestionWithItsOptions(string id, string kind, string[] options)
    {
        var question = ShippedContent.Content.FindQuestion(id);

        Assert.NotNull(question);
        Assert.Equal(kind == "multi" ? QuestionKind.Multi : QuestionKind.Single, question.Kind);
        Assert.All(options, option => Assert.NotNull(question.FindOption(option)));
    }

    [Fact]
    public void ShippedContent_HasTheSixVerdictsEachWithNextSteps()
    {
        var verdicts = ShippedContent.Content.Verdicts.ToDictionary(v => v.Id);

        Assert.Equal(["current-stack", "go", "optimize-first", "rust", "rust-library", "rust-spike"], verdicts.Keys.Order());
        Assert.All(verdicts.Values, v => Assert.False(string.IsNullOrWhiteSpace(v.NextStepsMarkdown)));
        var spike = verdicts["rust-spike"].SpikePlanMarkdown;
        Assert.NotNull(spike);
        foreach (var part in new[] { "one narrow module", "one pair", "four to six weeks", "Success metrics, named before starting", "Stop point" })
        {
            Assert.Contains(part, spike, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void ShippedContent_EveryQuestionAndRuleCitesAKnownSource()
    {
        var sources = ShippedContent.Content.Sources.Select(s => s.Id).ToHashSet();

        Assert.Equal(["backend-engineers", "engineering-perspective", "hammer", "honest-tradeoffs", "product-teams"], sources.Order());
        Assert.All(ShippedContent.Content.Questions, q => Assert.Subset(sources, q.SourceIds.ToHashSet()));
        Assert.All(ShippedContent.Content.Rules, r => Assert.NotEmpty(r.SourceIds));
    }
}
