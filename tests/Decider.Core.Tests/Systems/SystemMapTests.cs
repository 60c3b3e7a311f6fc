using Decider.Core.Rules;
using Decider.Core.Systems;

namespace Decider.Core.Tests.Systems;

/// <summary>
/// product-teams' six-person SaaS: the web app, admin panel and billing screens stay in TypeScript ("those parts
/// change every week"), and Rust goes "into two narrow places: the file parser and the queue worker".
/// </summary>
public sealed class SystemMapTests
{
    private static readonly AnswerSet Team = AnswerSet.Empty
        .With("current-stack", "typescript").With("rust-reviewers", "one").With("deadline", "flexible").With("hiring", "train");

    private static readonly AnswerSet ProductSurface = AnswerSet.Empty
        .With("lifespan", "long-lived").With("workload", "frontend").With("performance", "not-primary").With("failure-cost", "moderate")
        .With("input-trust", "trusted").With("change-rate", "weekly").With("boundary", "fuzzy");

    private static readonly AnswerSet HeavyJob = AnswerSet.Empty
        .With("lifespan", "long-lived").With("performance", "important").With("performance-needs", "memory").With("bottleneck", "runtime-bound")
        .With("failure-cost", "high").With("input-trust", "untrusted").With("runtime-profile", "always-on").With("change-rate", "stable")
        .With("boundary", "clear").With("ecosystem", "covered");

    private static readonly SystemComponent[] Saas =
    [
        new("Web app", ProductSurface),
        new("Admin panel", ProductSurface.With("failure-cost", "low")),
        new("Billing screens", ProductSurface),
        new("File parser", HeavyJob.With("workload", "parser")),
        new("Queue worker", HeavyJob.With("workload", "cpu-worker")),
    ];

    [Fact]
    public void Saas_GivesRustOnlyToTheNarrowSlice()
    {
        var map = SystemMap.Evaluate(ShippedContent.Engine, Team, Saas);

        Assert.Equal(["Web app", "Admin panel", "Billing screens", "File parser", "Queue worker"], map.Components.Select(c => c.Name));
        Assert.All(map.Components.Take(3), c => Assert.Equal("current-stack", c.Evaluation.Verdict.Id));
        Assert.All(map.Components.Skip(3), c => Assert.Contains(c.Evaluation.Verdict.Id, new[] { "rust", "rust-spike" }));
        Assert.Equal(2, map.RustCount + map.SpikeCount);
    }

    [Fact]
    public void Saas_SecondReviewer_MovesTheParserAndTheWorkerAtOnce()
    {
        var map = SystemMap.Evaluate(ShippedContent.Engine, Team, Saas);

        var lever = map.Levers[0];
        Assert.Equal("rust-reviewers", lever.Question.Id);
        Assert.Equal("two-plus", lever.To.Id);
        Assert.Equal(["File parser", "Queue worker"], lever.Moves.Select(m => m.Name));
        Assert.All(lever.Moves, m => Assert.Equal(("rust-spike", "rust"), (m.From.Id, m.To.Id)));
    }

    [Fact]
    public void ComponentAnswer_WinsOverTheTeams()
    {
        var parser = new SystemComponent("File parser", HeavyJob.With("workload", "parser").With("rust-reviewers", "team"));

        var map = SystemMap.Evaluate(ShippedContent.Engine, Team, [parser]);

        Assert.Equal(["team"], map.Components[0].Evaluation.Answers.Get("rust-reviewers")!.Value.ToArray());
        // A component that answers a team question itself is not moved by the team's lever on it.
        Assert.DoesNotContain(map.Levers, l => l.Question.Id == "rust-reviewers");
    }

    [Fact]
    public void Component_IsEvaluatedAsTheWizardWouldWithTheTeamsAnswers()
    {
        var map = SystemMap.Evaluate(ShippedContent.Engine, Team, Saas);

        foreach (var (component, result) in Saas.Zip(map.Components))
        {
            var alone = ShippedContent.Engine.Evaluate(SystemMap.Combine(Team, component.Answers));
            Assert.Equal(alone.Verdict.Id, result.Evaluation.Verdict.Id);
            Assert.Equal((alone.Need, alone.Readiness), (result.Evaluation.Need, result.Evaluation.Readiness));
        }
    }

    [Fact]
    public void Levers_NeverStepBackNorComeFromAnUnansweredTeamQuestion()
    {
        var map = SystemMap.Evaluate(ShippedContent.Engine, Team.Without("deadline"), Saas);

        Assert.DoesNotContain(map.Levers, l => l.Question.Id == "deadline");
        Assert.DoesNotContain(map.Levers, l => l.Question.Id == "rust-reviewers" && l.To.Id == "none");
        Assert.All(map.Levers, l => Assert.NotNull(l.To.Action));
    }
}
