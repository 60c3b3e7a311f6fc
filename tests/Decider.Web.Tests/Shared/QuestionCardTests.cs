using Bunit;
using Decider.Web.Shared;
using Decider.Web.Tests.Wizard;
using Decider.Web.Wizard;
using Microsoft.AspNetCore.Components.Web;

namespace Decider.Web.Tests.Shared;

public sealed class QuestionCardTests : WizardTestContext
{
    [Fact]
    public void Render_SingleQuestion_ShowsEveryOptionDontKnowHelpAndSources()
    {
        var state = NewState();
        var question = state.Content.Question("age");

        var cut = Render<QuestionCard>(p => p.Add(c => c.Question, question).Add(c => c.State, state).Add(c => c.Number, 1));

        Assert.Equal("Test question about age?", cut.Find("legend").TextContent.Replace("1.", "", StringComparison.Ordinal).Trim());
        var radios = cut.FindAll("input[type=radio]");
        Assert.Equal(3, radios.Count);
        Assert.Contains("I don't know yet", cut.Find("label.dont-know").TextContent);
        Assert.Contains("Test help for lasting.", cut.Markup);
        Assert.True(radios[^1].HasAttribute("checked"));
        Assert.Contains("/sources#guide-a", cut.Markup);
    }

    [Fact]
    public void Change_Option_AnswersTheQuestion()
    {
        var state = NewState();
        var cut = Render<QuestionCard>(p => p.Add(c => c.Question, state.Content.Question("stakes")).Add(c => c.State, state).Add(c => c.Number, 1));

        cut.FindAll("input[type=radio]")[1].Change(true);

        Assert.Equal(["high"], state.Answers.Get("stakes"));
    }

    [Fact]
    public void KeyDown_NumberKeys_PickOptionAndDontKnow()
    {
        var state = NewState();
        var answeredByKey = false;
        var cut = Render<QuestionCard>(p => p.Add(c => c.Question, state.Content.Question("reviewers")).Add(c => c.State, state)
            .Add(c => c.Number, 1).Add(c => c.OnAnswered, fromKey => answeredByKey = fromKey));

        cut.Find("fieldset").KeyDown(new KeyboardEventArgs { Key = "3" });
        Assert.Equal(["two"], state.Answers.Get("reviewers"));
        Assert.True(answeredByKey);

        cut.Find("fieldset").KeyDown(new KeyboardEventArgs { Key = "0" });
        Assert.False(state.Answers.IsAnswered("reviewers"));
    }

    [Fact]
    public void KeyDown_Enter_RaisesOnEnter()
    {
        var state = NewState();
        var entered = false;
        var cut = Render<QuestionCard>(p => p.Add(c => c.Question, state.Content.Question("calendar")).Add(c => c.State, state)
            .Add(c => c.Number, 1).Add(c => c.OnEnter, () => entered = true));

        cut.Find("fieldset").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.True(entered);
    }

    [Fact]
    public void Change_MultiQuestion_TogglesOptionsAndOffersNone()
    {
        var state = NewState();
        state.Choose("speed", "critical");
        var cut = Render<QuestionCard>(p => p.Add(c => c.Question, state.Content.Question("speed-targets")).Add(c => c.State, state).Add(c => c.Number, 2));

        cut.FindAll("input[type=checkbox]")[2].Change(true);
        cut.FindAll("input[type=checkbox]")[0].Change(true);
        Assert.Equal(["latency", "startup"], state.Answers.Get("speed-targets"));

        cut.Find("input[value=none]").Change(true);
        Assert.Equal([], state.Answers.Get("speed-targets"));
    }

    [Fact]
    public void Render_StaleAnswer_ShowsNoticeOnTheQuestion()
    {
        var state = NewState();
        state.Restore(new Draft("d", 0, new() { ["stakes"] = ["galactic"] }, DateTimeOffset.UnixEpoch));

        var cut = Render<QuestionCard>(p => p.Add(c => c.Question, state.Content.Question("stakes")).Add(c => c.State, state).Add(c => c.Number, 1));

        Assert.Contains("is no longer one of the options", cut.Markup);
    }
}
