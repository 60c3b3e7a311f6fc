using Decider.Core.Rules;
using Xunit.Abstractions;

namespace Decider.Core.Tests.Rules;

public sealed class ScenarioTests(ITestOutputHelper output)
{
    public static TheoryData<string> PublicScenarios() => [.. Scenario.Load("public.json").Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(PublicScenarios))]
    public void Evaluate_PublicScenario_GivesASupportedVerdict(string name)
    {
        var scenario = Scenario.Load("public.json").Single(s => s.Name == name);

        var result = ShippedContent.Engine.Evaluate(scenario.Answers);

        output.WriteLine($"{result.Verdict.Id} fit={result.RustFit} confidence={result.Confidence} gate={result.DecidedBy.Id}");
        foreach (var reason in result.Reasons)
        {
            output.WriteLine($"  {(reason.Direction == Decider.Core.Content.Direction.For ? "+" : "-")}{reason.Weight} {reason.Id}");
        }
        Assert.Contains(result.Verdict.Id, scenario.Expect);
        Assert.DoesNotContain(result.Verdict.Id, scenario.Reject);
        if (scenario.Confidence is { } confidence)
        {
            Assert.Equal(confidence, result.Confidence.ToString().ToLowerInvariant());
        }
    }
}
