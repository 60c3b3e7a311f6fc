using System.Collections.Immutable;
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

    [Fact]
    public void Combine_MultiChoiceTickedInAnyOrder_IsOneAnswer()
    {
        var team = Combine(
            ("Ana", Parser.With("performance-needs", "memory", "p99-latency")),
            ("Ben", Parser.With("performance-needs", "p99-latency", "memory")),
            ("Chi", Parser.With("performance-needs", "throughput")));

        Assert.Equal(["memory", "p99-latency"], team.Combined.Get("performance-needs")!.Value.Order(StringComparer.Ordinal));
        var needs = Assert.Single(team.Disagreements);
        Assert.False(needs.Tied);
        Assert.Equal(["Ana", "Ben"], needs.Answers[0].Names.ToArray());
        Assert.Equal(["p99-latency", "memory"], needs.Answers[0].Options!.Value.ToArray());
    }

    [Fact]
    public void Combine_NoneOfTheseAndDontKnow_AreDifferentAnswers()
    {
        var team = Combine(
            ("Ana", Parser.With("performance-needs", [])),
            ("Ben", Parser.With("performance-needs", [])),
            ("Chi", Parser.Without("performance-needs")),
            ("Dee", Parser));

        Assert.Equal([], team.Combined.Get("performance-needs")!.Value.ToArray());
        var needs = Assert.Single(team.Disagreements);
        Assert.Equal(3, needs.Answers.Length);
        Assert.Equal(["Ana", "Ben"], needs.Answers[0].Names.ToArray());
        Assert.Equal([], needs.Answers[0].Options!.Value.ToArray());
        // Equally common: Dee's option comes before Chi's "don't know".
        Assert.Equal(["Dee"], needs.Answers[1].Names.ToArray());
        Assert.Null(needs.Answers[2].Options);
    }

    [Fact]
    public void Combine_LeadResolvesATie_TheTeamTakesThePickAndTheDisagreementSaysWho()
    {
        var split = new[] { ("Ana", Parser), ("Ben", Parser.With("rust-reviewers", "two-plus")) };
        var tied = Combine(split);
        Assert.False(tied.Combined.IsAnswered("rust-reviewers"));
        Assert.Equal(["rust-reviewers"], tied.UnresolvedTies.Select(d => d.Question.Id));

        var resolved = TeamCombination.Combine(ShippedContent.Engine, [.. split.Select(p => new Participant(p.Item1, p.Item2))],
            new Dictionary<string, Resolution> { ["rust-reviewers"] = new("rust-reviewers", ["two-plus"], "Ben reviews Rust at home") });

        Assert.Equal(["two-plus"], resolved.Combined.Get("rust-reviewers")!.Value.ToArray());
        Assert.Empty(resolved.UnresolvedTies);
        var reviewers = Assert.Single(resolved.Disagreements);
        Assert.Equal("Ben reviews Rust at home", reviewers.Resolution!.Note);
        Assert.Equal(["Ana"], reviewers.DisagreedWith(resolved.Combined.Get("rust-reviewers")).ToArray());
        Assert.Equal(ShippedContent.Engine.Evaluate(Parser.With("rust-reviewers", "two-plus")).Verdict.Id, resolved.Evaluation.Verdict.Id);
    }

    [Fact]
    public void Combine_LeadPicksDontKnow_OrOverridesTheMajority()
    {
        var people = new[] { new Participant("Ana", Parser), new Participant("Ben", Parser), new Participant("Chi", Parser.With("deadline", "under-3-months")) };

        var unknown = TeamCombination.Combine(ShippedContent.Engine, people,
            new Dictionary<string, Resolution> { ["deadline"] = new("deadline", null, "The date is not set yet") });
        var overridden = TeamCombination.Combine(ShippedContent.Engine, people,
            new Dictionary<string, Resolution> { ["deadline"] = new("deadline", ["under-3-months"], null) });

        Assert.False(unknown.Combined.IsAnswered("deadline"));
        Assert.Equal(["Ana", "Ben", "Chi"], unknown.Disagreements.Single().DisagreedWith(null).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["under-3-months"], overridden.Combined.Get("deadline")!.Value.ToArray());
    }

    [Fact]
    public void Combine_AResolutionForAQuestionNobodyDisputes_IsIgnored()
    {
        var team = TeamCombination.Combine(ShippedContent.Engine, [new Participant("Ana", Parser), new Participant("Ben", Parser)],
            new Dictionary<string, Resolution> { ["deadline"] = new("deadline", ["under-3-months"], null) });

        Assert.Equal(["flexible"], team.Combined.Get("deadline")!.Value.ToArray());
    }

    [Fact]
    public void Combine_Reasons_StayWithTheAnswerTheyExplain()
    {
        var team = TeamCombination.Combine(ShippedContent.Engine,
        [
            new Participant("Ana", Parser, ImmutableSortedDictionary<string, string>.Empty.Add("rust-reviewers", "Only I know Rust")),
            new Participant("Ben", Parser.With("rust-reviewers", "two-plus"), ImmutableSortedDictionary<string, string>.Empty.Add("rust-reviewers", "Dee joins in May")),
            new Participant("Chi", Parser.With("rust-reviewers", "two-plus")),
        ]);

        var reviewers = Assert.Single(team.Disagreements);
        Assert.Equal([new ParticipantReason("Ben", "Dee joins in May")], reviewers.Answers[0].Reasons.ToArray());
        Assert.Equal([new ParticipantReason("Ana", "Only I know Rust")], reviewers.Answers[1].Reasons.ToArray());
    }

    private static IEnumerable<string> Flatten(AnswerSet answers) => answers.Values.Select(a => $"{a.Key}={string.Join(",", a.Value)}");

    private static TeamResult Combine(params (string Name, AnswerSet Answers)[] people) =>
        TeamCombination.Combine(ShippedContent.Engine, [.. people.Select(p => new Participant(p.Name, p.Answers))]);
}
