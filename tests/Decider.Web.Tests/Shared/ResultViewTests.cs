using Bunit;
using Decider.Web.Shared;
using Decider.Web.Wizard;
using Decider.Web.Tests.Wizard;

namespace Decider.Web.Tests.Shared;

public sealed class ResultViewTests : WizardTestContext
{
    [Fact]
    public void Render_Result_ShowsVerdictReasonsWithSourcesAndNextSteps()
    {
        var state = NewState();
        state.Choose("age", "lasting");
        state.Choose("speed", "critical");
        state.Choose("reviewers", "none");

        var cut = Render<ResultView>(p => p.Add(c => c.Report, state.Report));

        Assert.Equal(state.Result.Verdict.Title, cut.Find("#result-title").TextContent);
        var reasons = cut.FindAll("li.reason");
        Assert.Equal(state.Result.Reasons.Length, reasons.Count);
        Assert.All(reasons, r => Assert.NotEmpty(r.QuerySelectorAll("a[href^='/sources#']")));
        Assert.Contains("Next steps", cut.Markup);
        Assert.Contains("Open questions", cut.Markup);
    }

    /// <summary>A strong need and one reviewer: a spike, which a second reviewer would turn into Rust.</summary>
    private WizardState SpikeState()
    {
        var state = NewState();
        foreach (var (question, option) in new[] { ("age", "lasting"), ("speed", "critical"), ("stakes", "high"), ("reviewers", "one") })
        {
            state.Choose(question, option);
        }
        return state;
    }

    [Fact]
    public void Render_Result_ShowsBothScoresTheChartAndReasonsOnEachAxis()
    {
        var state = SpikeState();

        var cut = Render<ResultView>(p => p.Add(c => c.Report, state.Report));

        var bars = cut.FindAll("[role=progressbar]");
        Assert.Equal([$"Need {state.Result.Need} out of 100", $"Readiness {state.Result.Readiness} out of 100"], bars.Select(b => b.GetAttribute("aria-label")));
        var chart = cut.Find("figure.axes-chart svg[role=img]");
        Assert.Contains($"Need {state.Result.Need}/100, readiness {state.Result.Readiness}/100", chart.QuerySelector("desc")!.TextContent);
        Assert.NotNull(chart.QuerySelector("circle.point"));
        Assert.Contains("What the component needs", cut.Markup);
        Assert.Contains("What the team can carry", cut.Markup);
        Assert.Contains("What it turns on here:", cut.Markup);
        Assert.Contains("Reviewers: Test one person", cut.Find(".decided-by-answers").TextContent);
        Assert.Contains("Where the sources differ", cut.Markup);
        Assert.NotEmpty(cut.FindAll(".source-quote"));
    }

    [Fact]
    public void Render_WithoutCallbacks_ShowsNoButtons()
    {
        var state = SpikeState();

        var cut = Render<ResultView>(p => p.Add(c => c.Report, state.Report));

        Assert.Empty(cut.FindAll("button"));
        Assert.NotEmpty(cut.FindAll(".counterfactuals li"));
    }

    [Fact]
    public void Render_Spike_ShowsTheSpikePlan()
    {
        var state = SpikeState();
        Assert.Equal("rust-spike", state.Result.Verdict.Id);

        var cut = Render<ResultView>(p => p.Add(c => c.Report, state.Report));

        Assert.Contains("Spike plan", cut.Markup);
        Assert.Contains("test box of three weeks", cut.Markup);
    }

    [Fact]
    public void Click_TryThis_RaisesApplyWithThatCounterfactual()
    {
        var state = SpikeState();
        int? applied = null;
        var cut = Render<ResultView>(p => p.Add(c => c.Report, state.Report).Add(c => c.OnApply, i => applied = i));

        var first = cut.FindAll(".counterfactuals li")[0];
        Assert.StartsWith("Find a second test reviewer → Test verdict Rust", first.TextContent.Trim());
        first.QuerySelector("button")!.Click();

        Assert.Equal(0, applied);
    }
}
