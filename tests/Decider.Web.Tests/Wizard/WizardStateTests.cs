using Decider.Web.Wizard;

namespace Decider.Web.Tests.Wizard;

public sealed class WizardStateTests
{
    private static WizardState NewState() => new(WizardTestContext.Store.Engine);

    [Fact]
    public void Choose_SpeedNotCritical_DropsTheTargetsAndHidesTheQuestion()
    {
        var state = NewState();
        var step = state.Content.Steps.Single(s => s.Id == "thing");
        state.Choose("speed", "critical");
        state.Choose("speed-targets", "memory", "startup");

        state.Choose("speed", "nice");

        Assert.False(state.Answers.IsAnswered("speed-targets"));
        Assert.DoesNotContain(state.QuestionsOf(step), q => q.Id == "speed-targets");
        state.Choose("speed", "critical");
        Assert.Contains(state.QuestionsOf(step), q => q.Id == "speed-targets");
        Assert.False(state.Answers.IsAnswered("speed-targets"));
    }

    [Fact]
    public void Restore_OptionNoLongerInContent_LeavesItOutWithANotice()
    {
        var state = NewState();
        var draft = new Draft("abc", 1, new() { ["age"] = ["lasting"], ["stakes"] = ["galactic"], ["gone-question"] = ["x"] }, DateTimeOffset.UnixEpoch);

        state.Restore(draft);

        Assert.Equal(1, state.StepIndex);
        Assert.True(state.Answers.IsAnswered("age"));
        Assert.False(state.Answers.IsAnswered("stakes"));
        Assert.Contains("galactic", state.Notices["stakes"]);
        Assert.Null(state.Error);
    }

    [Fact]
    public void ToDraft_ThenRestore_GivesBackStepAndAnswers()
    {
        var state = NewState();
        state.Choose("age", "lasting");
        state.Choose("speed", "critical");
        state.Choose("speed-targets", "memory");
        state.GoTo(1);

        var restored = NewState();
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
        var state = NewState();
        foreach (var (question, option) in new[] { ("age", "lasting"), ("speed", "critical"), ("stakes", "high"), ("reviewers", "one") })
        {
            state.Choose(question, option);
        }
        Assert.Equal("rust-spike", state.Result.Verdict.Id);
        var counterfactual = state.Result.Counterfactuals[0];

        state.Apply(counterfactual);

        Assert.Equal("rust", state.Result.Verdict.Id);
        Assert.Equal(["two"], state.Answers.Get("reviewers"));
    }

    [Fact]
    public void StartOver_ClearsAnswersAndStartsANewDraft()
    {
        var state = NewState();
        state.Choose("age", "lasting");
        state.GoTo(1);
        var previous = state.DraftId;

        state.StartOver();

        Assert.Empty(state.Answers.Values);
        Assert.Equal(0, state.StepIndex);
        Assert.NotEqual(previous, state.DraftId);
    }

    [Theory]
    [InlineData("2026-12-31", "2026-12-31")]
    [InlineData("2026-11-30", null)]
    public void StartRevision_KeepsTitleNotesAndARevisitDateStillAhead(string revisitBy, string? offered)
    {
        var state = NewState();
        var assessment = new Decider.Web.Assessments.Assessment
        {
            Id = "parent", Title = "Parser", Notes = "Agreed in review", AnswersJson = "{}", ReportJson = "{}", ContentVersion = "v",
            CreatedAt = DateTime.UnixEpoch, RevisitBy = DateOnly.Parse(revisitBy, System.Globalization.CultureInfo.InvariantCulture), DeleteTokenHash = [],
        };

        state.StartRevision(assessment, Decider.Core.Rules.AnswerParser.Parse(state.Content, [KeyValuePair.Create("age", (Decider.Core.Rules.GivenAnswer?)Decider.Core.Rules.GivenAnswer.One("lasting"))]), new DateOnly(2026, 12, 1));

        var draft = state.ToDraft(DateTimeOffset.UnixEpoch);
        Assert.Equal(("parent", "Parser", "Agreed in review", offered), (draft.Revises, draft.Title, draft.Notes, draft.RevisitBy));
        Assert.Equal(["lasting"], draft.Answers["age"]);
    }
}
