using Bunit;
using Decider.Web.Wizard;
using Microsoft.AspNetCore.Components.Web;

namespace Decider.Web.Tests.Wizard;

public sealed class QuestionCardTests : WizardTestContext
{
    [Fact]
    public void Render_SingleQuestion_ShowsEveryOptionDontKnowHelpAndSources()
    {
        var state = NewState();
        var question = state.Content.Question("failure-cost");

        var cut = Render<QuestionCard>(p => p.Add(c => c.Question, question).Add(c => c.State, state).Add(c => c.Number, 1));

        Assert.Equal(question.Title, cut.Find("legend").TextContent.Replace("1.", "", StringComparison.Ordinal).Trim());
        var radios = cut.FindAll("input[type=radio]");
        Assert.Equal(question.Options.Length + 1, radios.Count);
        Assert.Contains("I don't know yet", cut.Markup);
        Assert.True(radios[^1].HasAttribute("checked"));
        Assert.Contains("/sources#product-teams", cut.Markup);
    }

    [Fact]
    public void Change_Option_AnswersTheQuestion()
    {
        var state = NewState();
        var cut = Render<QuestionCard>(p => p.Add(c => c.Question, state.Content.Question("failure-cost")).Add(c => c.State, state).Add(c => c.Number, 1));

        cut.FindAll("input[type=radio]")[2].Change(true);

        Assert.Equal(["high"], state.Answers.Get("failure-cost"));
    }

    [Fact]
    public void KeyDown_NumberKeys_PickOptionAndDontKnow()
    {
        var state = NewState();
        var answeredByKey = false;
        var cut = Render<QuestionCard>(p => p.Add(c => c.Question, state.Content.Question("rust-reviewers")).Add(c => c.State, state)
            .Add(c => c.Number, 1).Add(c => c.OnAnswered, fromKey => answeredByKey = fromKey));

        cut.Find("fieldset").KeyDown(new KeyboardEventArgs { Key = "3" });
        Assert.Equal(["two-plus"], state.Answers.Get("rust-reviewers"));
        Assert.True(answeredByKey);

        cut.Find("fieldset").KeyDown(new KeyboardEventArgs { Key = "0" });
        Assert.False(state.Answers.IsAnswered("rust-reviewers"));
    }

    [Fact]
    public void KeyDown_Enter_RaisesOnEnter()
    {
        var state = NewState();
        var entered = false;
        var cut = Render<QuestionCard>(p => p.Add(c => c.Question, state.Content.Question("deadline")).Add(c => c.State, state)
            .Add(c => c.Number, 1).Add(c => c.OnEnter, () => entered = true));

        cut.Find("fieldset").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.True(entered);
    }

    [Fact]
    public void Change_MultiQuestion_TogglesOptionsAndOffersNone()
    {
        var state = NewState();
        state.Choose("performance", "primary");
        var cut = Render<QuestionCard>(p => p.Add(c => c.Question, state.Content.Question("performance-needs")).Add(c => c.State, state).Add(c => c.Number, 2));

        cut.FindAll("input[type=checkbox]")[0].Change(true);
        cut.FindAll("input[type=checkbox]")[2].Change(true);
        Assert.Equal(["p99-latency", "memory"], state.Answers.Get("performance-needs"));

        cut.Find("input[value=none]").Change(true);
        Assert.Equal([], state.Answers.Get("performance-needs"));
    }

    [Fact]
    public void Render_StaleAnswer_ShowsNoticeOnTheQuestion()
    {
        var state = NewState();
        state.Restore(new Draft("d", 0, new() { ["scale"] = ["galactic"] }, DateTimeOffset.UnixEpoch));

        var cut = Render<QuestionCard>(p => p.Add(c => c.Question, state.Content.Question("scale")).Add(c => c.State, state).Add(c => c.Number, 1));

        Assert.Contains("is no longer one of the options", cut.Markup);
    }
}
