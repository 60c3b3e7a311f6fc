using Decider.Core.Rules;
using Xunit.Abstractions;

namespace Decider.Core.Tests.Rules;

/// <summary>
/// The worked cases: public.json is the copy of the shared cases; articles.json and the two articles-blind files are
/// our own, each written from one branch of an article's framework and resting on a phrase quoted from it (the blind
/// ones by someone who had not seen the engine; the second batch aims at the hard cases).
/// </summary>
public sealed class ScenarioTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Scenarios()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[] { "public.json", "articles.json", "articles-blind.json", "articles-blind-2.json" })
        {
            foreach (var scenario in Scenario.Load(file))
            {
                data.Add(file, scenario.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Evaluate_WorkedCase_GivesASupportedVerdict(string file, string name)
    {
        var scenario = Scenario.Load(file).Single(s => s.Name == name);

        var result = ShippedContent.Engine.Evaluate(scenario.Answers);

        output.WriteLine($"{result.Verdict.Id} need={result.Need} readiness={result.Readiness} confidence={result.Confidence} gate={result.DecidedBy.Id}");
        foreach (var reason in result.Reasons)
        {
            output.WriteLine($"  {reason.Axis} {(reason.Direction == Decider.Core.Content.Direction.For ? "+" : "-")}{reason.Weight} {reason.Id}");
        }
        Assert.Contains(result.Verdict.Id, scenario.Expect);
        Assert.DoesNotContain(result.Verdict.Id, scenario.Reject);
        if (scenario.Confidence is { } confidence)
        {
            Assert.Equal(confidence, result.Confidence.ToString().ToLowerInvariant());
        }
    }

    [Fact]
    public void OwnCases_EachRestOnAPhraseQuotedExactlyFromItsArticle()
    {
        var cases = Scenario.Load("articles.json").Concat(Scenario.Load("articles-blind.json")).Concat(Scenario.Load("articles-blind-2.json")).ToList();

        Assert.True(cases.Count >= 30, $"only {cases.Count} worked cases of our own");
        foreach (var scenario in cases)
        {
            Assert.False(string.IsNullOrWhiteSpace(scenario.RestsOn), $"'{scenario.Name}' names no phrase it rests on");
            Assert.Contains(Articles.Normalize(scenario.RestsOn!), Articles.Text(scenario.Source));
        }
    }

    [Fact]
    public void OwnCases_StayingPutIsWrongAsOftenAsItIsRight()
    {
        var cases = Scenario.Load("articles.json").ToList();
        var move = cases.Count(c => c.Expect.All(v => v is not ("current-stack" or "optimize-first")));
        var stay = cases.Count(c => c.Expect.All(v => v is "current-stack" or "optimize-first"));

        Assert.InRange(move, stay - 4, stay + 4);
    }
}
