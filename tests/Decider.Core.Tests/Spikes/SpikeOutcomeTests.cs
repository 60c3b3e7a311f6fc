using System.Collections.Immutable;
using Decider.Core.Rules;

namespace Decider.Core.Tests.Spikes;

/// <summary>
/// What the end review makes the decision, from the shipped spike.md. product-teams: "If crashes drop and support
/// load falls, the Rust service earned its place", and otherwise "they stop there".
/// </summary>
public sealed class SpikeOutcomeTests
{
    private static readonly Evaluation SpikeVerdict = ShippedContent.Engine.Evaluate(AnswerSet.From(new Dictionary<string, ImmutableArray<string>>
    {
        ["lifespan"] = ["long-lived"], ["workload"] = ["parser"], ["failure-cost"] = ["high"], ["input-trust"] = ["untrusted"],
        ["rust-reviewers"] = ["one"], ["change-rate"] = ["stable"], ["boundary"] = ["clear"],
    }));

    [Fact]
    public void Continue_GivesRustWhyCitingTheSpikeAndNoAdvice()
    {
        Assert.Equal("rust-spike", SpikeVerdict.Verdict.Id);
        var content = ShippedContent.Content;

        var decided = content.Spike.Continue.Decide(SpikeVerdict, content, "spike-continue", "Crashes fell from 12 to 3 a week.");

        Assert.Equal("rust", decided.Verdict.Id);
        Assert.Equal("spike-continue", decided.DecidedBy.Id);
        Assert.EndsWith("the lead chose to continue. Crashes fell from 12 to 3 a week.", decided.DecidedBy.Text, StringComparison.Ordinal);
        Assert.Equal<string>(["product-teams"], decided.DecidedBy.SourceIds);
        Assert.Empty(decided.Counterfactuals);
        Assert.Empty(decided.Deciding);
        Assert.NotEmpty(SpikeVerdict.OpenQuestions);
        Assert.Empty(decided.OpenQuestions);
        Assert.Equal(Confidence.High, decided.Confidence);
    }

    [Fact]
    public void Stop_GivesTheCurrentStack()
    {
        var content = ShippedContent.Content;

        var decided = content.Spike.Stop.Decide(SpikeVerdict, content, "spike-stop", "The lesson: builds were too slow.");

        Assert.Equal("current-stack", decided.Verdict.Id);
        Assert.Contains("the current stack stays", decided.DecidedBy.Text);
        Assert.EndsWith("The lesson: builds were too slow.", decided.DecidedBy.Text, StringComparison.Ordinal);
    }
}
