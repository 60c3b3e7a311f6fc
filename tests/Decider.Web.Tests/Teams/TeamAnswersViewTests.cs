using Bunit;
using Decider.Core.Rules;
using Decider.Web.Teams;
using Decider.Web.Tests.Wizard;

namespace Decider.Web.Tests.Teams;

public sealed class TeamAnswersViewTests : WizardTestContext
{
    [Fact]
    public void Render_EachQuestion_GroupsWhoAnsweredWhatAndMarksContestedRows()
    {
        var answers = AnswerSet.Empty.With("lifespan", "long-lived");
        Participant[] team =
        [
            new("Ana", answers.With("rust-reviewers", "one")),
            new("Ben", answers.With("rust-reviewers", "one")),
            new("<b>Chi</b>", answers.With("rust-reviewers", "two-plus")),
        ];

        var view = Render<TeamAnswersView>(p => p.Add(c => c.Content, Store.Content).Add(c => c.Submissions, team));

        var rows = view.FindAll("tbody tr");
        Assert.Equal(Store.Content.Questions.Length, rows.Count);
        var reviewers = rows.Single(r => r.Children[0].TextContent == "Who can write and review Rust?");
        Assert.Contains("contested", reviewers.ClassList);
        Assert.Equal(["One person: Ana, Ben", "Two or three people: <b>Chi</b>"], reviewers.Children[1].Children.Select(d => d.TextContent));
        var lifespan = rows.Single(r => r.Children[0].TextContent == "How long will this component live?");
        Assert.DoesNotContain("contested", lifespan.ClassList);
        Assert.Equal("Long-lived: Ana, Ben, <b>Chi</b>", lifespan.Children[1].TextContent.Trim());
        Assert.Empty(view.FindAll("b"));
    }
}
