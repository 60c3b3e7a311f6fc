using Bunit;
using Decider.Core.Rules;
using Decider.Web.Teams;
using Decider.Web.Tests.Wizard;

namespace Decider.Web.Tests.Teams;

public sealed class ContestedQuestionViewTests : WizardTestContext
{
    private static readonly AnswerSet Spike = AnswerSet.Empty.With("age", "lasting").With("speed", "critical").With("stakes", "high").With("reviewers", "one");

    private static readonly Participant[] Split =
    [
        new("Ana", Spike, System.Collections.Immutable.ImmutableSortedDictionary<string, string>.Empty.Add("reviewers", "Only I know Rust")),
        new("Ben", Spike.With("reviewers", "two")),
    ];

    [Fact]
    public void Render_ATie_ShowsEachAnswerWithWhoWhyAndTheVerdictItGives()
    {
        var team = TeamCombination.Combine(Store.Engine, Split);

        var cut = Render<ContestedQuestionView>(p => p.Add(c => c.Disagreement, team.Disagreements.Single()).Add(c => c.Team, team));

        Assert.Contains("Tie: not settled", cut.Markup);
        Assert.Contains("I don't know yet (the most common answers tie", cut.Find(".team-answer").TextContent);
        var ways = cut.FindAll(".way label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["Test one person (Ana) → Test verdict spike", "Test two people (Ben) → Test verdict Rust"], ways);
        Assert.Equal("Ana: Only I know Rust", cut.Find(".why li").TextContent);
        Assert.True(cut.FindAll("input[type=radio]")[0].HasAttribute("checked"));
        Assert.Empty(cut.FindAll(".resolve-note"));
    }

    [Fact]
    public void Change_PickingAnAnswer_RaisesItAndANoteIsOfferedOnceSettled()
    {
        var team = TeamCombination.Combine(Store.Engine, Split);
        ContestedQuestionView.Pick? picked = null;
        var cut = Render<ContestedQuestionView>(p => p.Add(c => c.Disagreement, team.Disagreements.Single()).Add(c => c.Team, team)
            .Add(c => c.OnResolve, pick => picked = pick));

        cut.FindAll(".way input[type=radio]")[1].Change(true);

        Assert.True(picked!.Settle);
        Assert.Equal(["two"], picked.Options!.Value.ToArray());
        var settled = TeamCombination.Combine(Store.Engine, Split, new Dictionary<string, Resolution> { ["reviewers"] = new("reviewers", ["two"], "Dee starts Monday") });
        string? note = "unchanged";
        cut.Render(p => p.Add(c => c.Disagreement, settled.Disagreements.Single()).Add(c => c.Team, settled).Add(c => c.OnNote, n => note = n));
        Assert.Equal("Test two people (settled by the lead)", cut.Find(".team-answer").TextContent.Replace("The team's answer: ", "", StringComparison.Ordinal));
        Assert.True(cut.FindAll(".way input[type=radio]")[1].HasAttribute("checked"));
        Assert.Empty(cut.FindAll(".tie-badge"));
        Assert.Equal("Dee starts Monday", cut.Find(".resolve-note input").GetAttribute("value"));

        cut.Find(".resolve-note input").Change("  ");

        Assert.Null(note);
    }
}
