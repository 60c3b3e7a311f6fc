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
        var answers = AnswerSet.Empty.With("age", "lasting");
        Participant[] team =
        [
            new("Ana", answers.With("reviewers", "one")),
            new("Ben", answers.With("reviewers", "one")),
            new("<b>Chi</b>", answers.With("reviewers", "two")),
        ];

        var view = Render<TeamAnswersView>(p => p.Add(c => c.Content, Store.Content).Add(c => c.Submissions, team));

        var rows = view.FindAll("tbody tr");
        Assert.Equal(6, rows.Count);
        var reviewers = rows.Single(r => r.Children[0].TextContent == "Test question about reviewers?");
        Assert.Contains("contested", reviewers.ClassList);
        Assert.Equal(["Test one person: Ana, Ben", "Test two people: <b>Chi</b>"], reviewers.Children[1].Children.Select(d => d.TextContent));
        var age = rows.Single(r => r.Children[0].TextContent == "Test question about age?");
        Assert.DoesNotContain("contested", age.ClassList);
        Assert.Equal("Test lasting: Ana, Ben, <b>Chi</b>", age.Children[1].TextContent.Trim());
        Assert.Empty(view.FindAll("b"));
    }
}
