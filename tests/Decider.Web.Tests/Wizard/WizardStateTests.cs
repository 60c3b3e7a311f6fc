using Decider.Web.Wizard;

namespace Decider.Web.Tests.Wizard;

public sealed class WizardStateTests
{
    [Fact]
    public void Choose_PerformanceNotPrimary_DropsPerformanceNeedsAndHidesTheQuestion()
    {
        var state = new WizardState(WizardTestContext.Store.Engine);
        var step = state.Content.Steps.Single(s => s.Id == "performance");
        state.Choose("performance", "primary");
        state.Choose("performance-needs", "memory", "cold-start");

        state.Choose("performance", "not-primary");

        Assert.False(state.Answers.IsAnswered("performance-needs"));
        Assert.DoesNotContain(state.QuestionsOf(step), q => q.Id == "performance-needs");
        state.Choose("performance", "primary");
        Assert.Contains(state.QuestionsOf(step), q => q.Id == "performance-needs");
        Assert.False(state.Answers.IsAnswered("performance-needs"));
    }

    [Fact]
    public void Restore_OptionNoLongerInContent_LeavesItOutWithANotice()
    {
        var state = new WizardState(WizardTestContext.Store.Engine);
        var draft = new Draft("abc", 2, new() { ["lifespan"] = ["long-lived"], ["scale"] = ["galactic"], ["gone-question"] = ["x"] }, DateTimeOffset.UnixEpoch);

        state.Restore(draft);

        Assert.Equal(2, state.StepIndex);
        Assert.True(state.Answers.IsAnswered("lifespan"));
        Assert.False(state.Answers.IsAnswered("scale"));
        Assert.Contains("galactic", state.Notices["scale"]);
        Assert.Null(state.Error);
    }

    [Fact]
    public void ToDraft_ThenRestore_GivesBackStepAndAnswers()
    {
        var state = new WizardState(WizardTestContext.Store.Engine);
        state.Choose("lifespan", "growing");
        state.Choose("performance", "important");
        state.Choose("performance-needs", "memory");
        state.GoTo(1);

        var restored = new WizardState(WizardTestContext.Store.Engine);
        restored.Restore(state.ToDraft(DateTimeOffset.UnixEpoch));

        Assert.Equal(state.DraftId, restored.DraftId);
        Assert.Equal(1, restored.StepIndex);
        Assert.Equal(Describe(state.Answers), Describe(restored.Answers));
        Assert.Equal(state.Result.Verdict.Id, restored.Result.Verdict.Id);
    }

    private static string Describe(Decider.Core.Rules.AnswerSet answers) =>
        string.Join(";", answers.Values.Select(a => $"{a.Key}={string.Join(",", a.Value)}"));

    [Fact]
    public void Apply_Counterfactual_TakesItsAnswersAndVerdict()
    {
        var state = new WizardState(WizardTestContext.Store.Engine);
        foreach (var (question, option) in new[] { ("lifespan", "long-lived"), ("workload", "parser"), ("failure-cost", "high"),
            ("input-trust", "untrusted"), ("rust-reviewers", "one"), ("boundary", "clear") })
        {
            state.Choose(question, option);
        }
        var counterfactual = state.Result.Counterfactuals[0];

        state.Apply(counterfactual);

        Assert.Equal(counterfactual.Verdict.Id, state.Result.Verdict.Id);
    }

    [Fact]
    public void StartOver_ClearsAnswersAndStartsANewDraft()
    {
        var state = new WizardState(WizardTestContext.Store.Engine);
        state.Choose("lifespan", "growing");
        state.GoTo(3);
        var previous = state.DraftId;

        state.StartOver();

        Assert.Empty(state.Answers.Values);
        Assert.Equal(0, state.StepIndex);
        Assert.NotEqual(previous, state.DraftId);
    }
}
