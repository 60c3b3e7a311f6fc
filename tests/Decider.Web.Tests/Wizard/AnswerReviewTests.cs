using Bunit;
using Decider.Web.Wizard;

namespace Decider.Web.Tests.Wizard;

public sealed class AnswerReviewTests : WizardTestContext
{
    [Fact]
    public void Render_EveryAskedQuestion_WithItsAnswerOrDontKnow()
    {
        var state = NewState();
        state.Choose("rust-reviewers", "two-plus");
        state.Choose("performance", "not-primary");
        state.Toggle("performance-needs", "memory");

        var review = Render<AnswerReview>(p => p.Add(c => c.State, state));

        var rows = review.FindAll(".review-list li");
        var asked = state.Content.Steps.SelectMany(state.QuestionsOf).ToList();
        Assert.Equal(asked.Count, rows.Count);
        Assert.DoesNotContain(asked, q => q.Id == "performance-needs");
        var reviewers = rows.Single(r => r.QuerySelector(".review-question")!.TextContent == "Who can write and review Rust?");
        Assert.Equal("Two or three people", reviewers.QuerySelector(".review-answer")!.TextContent);
        Assert.Equal(asked.Count - 2, review.FindAll(".review-answer.open").Count);
        Assert.All(review.FindAll(".review-answer.open"), a => Assert.Equal("I don't know yet", a.TextContent));
    }

    [Fact]
    public void Change_OnAQuestion_NamesThatQuestion()
    {
        var state = NewState();
        string? changed = null;
        var review = Render<AnswerReview>(p => p.Add(c => c.State, state).Add(c => c.OnChange, (string id) => changed = id));

        review.Find("button[aria-label='Change: When must it ship?']").Click();

        Assert.Equal("deadline", changed);
    }
}
