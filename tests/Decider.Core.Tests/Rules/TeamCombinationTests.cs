using Decider.Core.Rules;

namespace Decider.Core.Tests.Rules;

public sealed class TeamCombinationTests
{
    private static readonly AnswerSet Parser = AnswerSet.Empty
        .With("lifespan", "long-lived").With("workload", "parser").With("performance", "important").With("performance-needs", "memory")
        .With("bottleneck", "runtime-bound").With("failure-cost", "high").With("input-trust", "untrusted").With("runtime-profile", "always-on")
        .With("change-rate", "stable").With("boundary", "clear").With("rust-reviewers", "one").With("deadline", "flexible")
        .With("ecosystem", "covered").With("hiring", "train");

    [Fact]
    public void Combine_MostCommonAnswer_IsTheTeams()
    {
        var team = Combine(("Ana", Parser), ("Ben", Parser), ("Chi", Parser.With("rust-reviewers", "two-plus")));

        Assert.Equal(["one"], team.Combined.Get("rust-reviewers")!.Value.ToArray());
        Assert.Equal(Flatten(Parser), Flatten(team.Combined));
    }

    [Fact]
    public void Combine_TiedAnswers_StayDontKnow()
    {
        var team = Combine(("Ana", Parser), ("Ben", Parser.With("deadline", "under-3-months")));

        Assert.False(team.Combined.IsAnswered("deadline"));
        Assert.Equal(["covered"], team.Combined.Get("ecosystem")!.Value.ToArray());
        var deadline = Assert.Single(team.Disagreements);
        Assert.True(deadline.Tied);
        // Equally common answers come in the content's option order: "within 3 months" before "flexible".
        Assert.Equal([["Ben"], ["Ana"]], deadline.Answers.Select(a => a.Names.ToArray()));
    }

    [Fact]
    public void Combine_DontKnowCountsAsAnAnswer()
    {
        var team = Combine(("Ana", Parser.Without("hiring")), ("Ben", Parser.Without("hiring")), ("Chi", Parser));

        Assert.False(team.Combined.IsAnswered("hiring"));
        var hiring = Assert.Single(team.Disagreements, d => d.Question.Id == "hiring");
        Assert.False(hiring.Tied);
        Assert.Equal(["Ana", "Ben"], hiring.Answers[0].Names.ToArray());
        Assert.Null(hiring.Answers[0].Options);
    }

    [Fact]
    public void Disagreements_ThatChangeTheVerdict_AreMarkedAndListedFirst()
    {
        var team = Combine(("Ana", Parser), ("Ben", Parser.With("change-rate", "monthly")), ("Chi", Parser.With("rust-reviewers", "two-plus")));

        Assert.Equal("rust-spike", team.Evaluation.Verdict.Id);
        var reviewers = Assert.Single(team.Disagreements, d => d.Question.Id == "rust-reviewers");
        Assert.True(reviewers.FlipsVerdict);
        var secondReviewer = Assert.Single(reviewers.Answers, a => a.Options is { } options && options.SequenceEqual(["two-plus"]));
        Assert.Equal(["Chi"], secondReviewer.Names.ToArray());
        Assert.Equal("rust", secondReviewer.Verdict.Id);
        Assert.Equal(["change-rate", "rust-reviewers"], team.Disagreements.Select(d => d.Question.Id).Order(StringComparer.Ordinal));
        Assert.All(team.Disagreements, d => Assert.Equal(d.Answers.Any(a => a.Verdict.Id != team.Evaluation.Verdict.Id), d.FlipsVerdict));
        Assert.Equal(team.Disagreements.TakeWhile(d => d.FlipsVerdict), team.Flipping);
    }

    [Fact]
    public void Combine_NobodyYet_IsAnEmptyResult()
    {
        var team = TeamCombination.Combine(ShippedContent.Engine, []);

        Assert.Empty(team.Combined.Values);
        Assert.Empty(team.Disagreements);
    }

    private static IEnumerable<string> Flatten(AnswerSet answers) => answers.Values.Select(a => $"{a.Key}={string.Join(",", a.Value)}");

    private static TeamResult Combine(params (string Name, AnswerSet Answers)[] people) =>
        TeamCombination.Combine(ShippedContent.Engine, [.. people.Select(p => new Participant(p.Name, p.Answers))]);
}
