using Decider.Web.Systems;

namespace Decider.Web.Tests.Systems;

public sealed class SystemEditorStateTests
{
    private static SystemEditorState NewState() => new(TestContent.Store.Engine);

    [Fact]
    public void Team_AnsweredOnce_CountsForEveryComponent()
    {
        var state = NewState();
        state.Add("Parser");
        state.Add("Worker");
        foreach (var component in state.Components)
        {
            component.Choose("age", "lasting");
            component.Choose("speed", "critical");
            component.Choose("stakes", "high");
        }
        state.Team.Choose("reviewers", "one");

        Assert.All(state.Map.Components, c => Assert.Equal("rust-spike", c.Evaluation.Verdict.Id));
        state.Team.Choose("reviewers", "two");
        Assert.All(state.Map.Components, c => Assert.Equal("rust", c.Evaluation.Verdict.Id));
    }

    [Fact]
    public void Questions_ForAComponent_LeaveOutTheTeamsAndFollowAskedWhen()
    {
        var state = NewState();
        state.Add("Parser");
        var parser = state.Components[0];

        Assert.Equal(["reviewers"], state.TeamQuestions.Select(q => q.Id));
        Assert.DoesNotContain("reviewers", state.QuestionsOf(parser).Select(q => q.Id));
        parser.Choose("speed", "nice");
        Assert.DoesNotContain("speed-targets", state.QuestionsOf(parser).Select(q => q.Id));
        parser.Choose("speed", "critical");
        Assert.Contains("speed-targets", state.QuestionsOf(parser).Select(q => q.Id));
    }

    [Fact]
    public void AnswerNoLongerAsked_IsDropped()
    {
        var state = NewState();
        state.Add("Parser");
        var parser = state.Components[0];
        parser.Choose("speed", "critical");
        parser.Choose("speed-targets", "memory");

        parser.Choose("speed", "nice");

        Assert.False(parser.Answers.IsAnswered("speed-targets"));
    }

    [Fact]
    public void AddRenameMoveRemove_KeepTheOpenComponentAndTheMapInOrder()
    {
        var state = NewState();
        Assert.False(state.Add("  "));
        state.Add("Admin");
        state.Add("Parser");
        Assert.Equal(1, state.Open);

        state.Move(1, -1);
        Assert.Equal(["Parser", "Admin"], state.Map.Components.Select(c => c.Name));
        Assert.Equal(0, state.Open);

        state.Rename(1, "  Admin panel ");
        state.Rename(1, " ");
        Assert.Equal("Admin panel", state.Components[1].Name);

        state.Remove(0);
        Assert.Equal(["Admin panel"], state.Map.Components.Select(c => c.Name));
        Assert.Equal(-1, state.Open);
    }

    [Fact]
    public void Names_AreOnePerComponent_AddRenameAndAKeptDraftAlike()
    {
        var state = NewState();
        state.Add("Parser");
        state.Add("Worker");

        Assert.False(state.Add(" parser "));
        state.Rename(1, "PARSER");
        Assert.Equal("Worker", state.Components[1].Name);
        var restored = NewState();
        restored.Restore(new SystemDraft("d", null, [], [new ComponentDraft("A", []), new ComponentDraft("a", []), new ComponentDraft(new string('x', 101), [])], 0, DateTimeOffset.UnixEpoch));
        Assert.Equal(["A"], restored.Components.Select(c => c.Name));
    }

    [Fact]
    public void Add_StopsAtThirtyComponents_AndAtLongNames()
    {
        var state = NewState();
        for (var i = 0; i < SystemEditorState.MaxComponents; i++)
        {
            Assert.True(state.Add($"Component {i + 1}"));
        }
        Assert.False(state.Add("One too many"));
        Assert.False(NewState().Add(new string('x', ISystemRequest.MaxName + 1)));
    }

    [Fact]
    public void Draft_RoundTrips_AndAnAnswerTheContentNoLongerHasGetsANotice()
    {
        var state = NewState();
        state.Name = "Uploads";
        state.Team.Choose("reviewers", "one");
        state.Add("Parser");
        state.Components[0].Choose("age", "lasting");
        var draft = state.ToDraft(DateTimeOffset.UnixEpoch);
        draft.Components[0].Answers["stakes"] = ["gone"];

        var restored = NewState();
        restored.Restore(draft);

        Assert.Equal(state.DraftId, restored.DraftId);
        Assert.Equal("Uploads", restored.Name);
        Assert.Equal(["one"], restored.Team.Answers.Get("reviewers"));
        Assert.Equal(["lasting"], restored.Components[0].Answers.Get("age"));
        Assert.False(restored.Components[0].Answers.IsAnswered("stakes"));
        Assert.Contains("gone", restored.Components[0].Notices["stakes"]);
        Assert.Equal(0, restored.Open);
    }
}
