using Bunit;
using Decider.Web.Wizard;

namespace Decider.Web.Tests.Wizard;

public sealed class AnswerReviewTests : WizardTestContext
{
    [Fact]
    public void Render_EveryAskedQuestion_WithItsAnswerOrDontKnow()
    {
        var state = NewState();
        state.Choose("reviewers", "two");
        state.Choose("speed", "nice");
        state.Toggle("speed-targets", "memory");

        var review = Render<AnswerReview>(p => p.Add(c => c.State, state));

        var rows = review.FindAll(".review-list li");
        Assert.Equal(
            ["Test question about age?", "Test question about speed?", "Test question about stakes?", "Test question about reviewers?", "Test question about the calendar?"],
            rows.Select(r => r.QuerySelector(".review-question")!.TextContent));
        Assert.Equal(
            ["I don't know yet", "Test nice", "I don't know yet", "Test two people", "I don't know yet"],
            rows.Select(r => r.QuerySelector(".review-answer")!.TextContent));
        Assert.Equal(3, review.FindAll(".review-answer.open").Count);
    }

    [Fact]
    public void Change_OnAQuestion_NamesThatQuestion()
    {
        var state = NewState();
        string? changed = null;
        var review = Render<AnswerReview>(p => p.Add(c => c.State, state).Add(c => c.OnChange, (string id) => changed = id));

        review.Find("button[aria-label='Change: Test question about the calendar?']").Click();

        Assert.Equal("calendar", changed);
    }
}
