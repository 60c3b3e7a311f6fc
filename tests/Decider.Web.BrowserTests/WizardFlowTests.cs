using Decider.Core.Content.Loading;
using Decider.Core.Tests.Rules;
using Microsoft.Playwright;

namespace Decider.Web.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class WizardFlowTests(BrowserApp app)
{
    private static readonly Decider.Core.Content.DecisionContent Content =
        Decider.Web.Content.ContentDirectory.Load(Path.Combine(AppContext.BaseDirectory, "content"));

    [Theory]
    [InlineData("Upload parser and queue worker that crash on messy customer files")]
    [InlineData("Payment webhook sidecar with a sub-millisecond budget, Node GC pauses measured")]
    public async Task Wizard_WorkedCaseAnsweredWithKeyboardOnly_ShowsASupportedVerdict(string name)
    {
        var scenario = Scenario.Load("public.json").Single(s => s.Name == name);
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, Content);
        await wizard.OpenAsync(app.BaseUrl);

        foreach (var step in Content.Steps)
        {
            await wizard.WaitForStepAsync(step.Title);
            await wizard.AnswerStepWithKeyboardAsync(scenario.Answers.Values);
        }

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Review and result");
        var verdict = await page.Locator("#result-title").InnerTextAsync();
        Assert.Contains(verdict, scenario.Expect.Select(id => Content.Verdict(id).Title));
        Assert.Equal(await page.Locator("li.reason").CountAsync(), await page.Locator("li.reason:has(a[href^='/sources#'])").CountAsync());

        // The review lists every answer given, and "Change" goes back to that question with the answer kept.
        var answered = scenario.Answers.Values.Keys.First();
        var question = Content.Question(answered);
        var row = page.Locator(".review-list li", new() { HasText = question.Title });
        await Assertions.Expect(row.Locator(".review-answer")).ToHaveTextAsync(string.Join(", ", scenario.Answers.Values[answered].Select(o => question.FindOption(o)!.Label)));
        await row.GetByRole(AriaRole.Button, new() { Name = $"Change: {question.Title}" }).ClickAsync();
        await Assertions.Expect(wizard.Option(answered, scenario.Answers.Values[answered][0])).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".review")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wizard_UnderTheContentSecurityPolicy_RunsWithoutViolations()
    {
        var page = await app.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        var wizard = new WizardDriver(page, Content);
        await wizard.OpenAsync(app.BaseUrl);

        await wizard.ClickOptionAsync("lifespan", "prototype");
        await page.Locator("button.step", new() { HasText = "Result" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start over" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep my answers" }).ClickAsync();

        Assert.Empty(violations);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wizard_ReloadHalfWay_ComesBackAtTheSameStepWithEveryAnswer()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, Content);
        await wizard.OpenAsync(app.BaseUrl);
        await wizard.ClickOptionAsync("lifespan", "long-lived");
        await wizard.ClickOptionAsync("workload", "realtime");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await wizard.WaitForStepAsync("Performance");
        await wizard.ClickOptionAsync("performance", "primary");
        await wizard.ClickOptionAsync("performance-needs", "concurrency");
        await wizard.WaitForSavedAsync("performance-needs", "concurrency");

        await page.ReloadAsync();
        await wizard.WaitUntilReadyAsync();

        await wizard.WaitForStepAsync("Performance");
        await Assertions.Expect(wizard.Option("performance", "primary")).ToBeCheckedAsync();
        await Assertions.Expect(wizard.Option("performance-needs", "concurrency")).ToBeCheckedAsync();
        await page.Locator("button.step").First.ClickAsync();
        await Assertions.Expect(wizard.Option("lifespan", "long-lived")).ToBeCheckedAsync();
        await Assertions.Expect(wizard.Option("workload", "realtime")).ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wizard_PerformanceAnswer_ShowsAndHidesTheConditionalQuestion()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, Content);
        await wizard.OpenAsync(app.BaseUrl);
        await page.Locator("button.step").Nth(1).ClickAsync();
        await wizard.WaitForStepAsync("Performance");

        await wizard.ClickOptionAsync("performance", "primary");
        await Assertions.Expect(page.Locator("#q-performance-needs")).ToBeVisibleAsync();
        await wizard.ClickOptionAsync("performance-needs", "memory");

        await wizard.ClickOptionAsync("performance", "not-primary");
        await Assertions.Expect(page.Locator("#q-performance-needs")).ToHaveCountAsync(0);

        await wizard.ClickOptionAsync("performance", "important");
        await Assertions.Expect(page.Locator("#q-performance-needs")).ToBeVisibleAsync();
        await Assertions.Expect(wizard.Option("performance-needs", "memory")).Not.ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wizard_ServerRestarts_AnswersSurviveAReload()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, Content);
        await wizard.OpenAsync(app.BaseUrl);
        await wizard.ClickOptionAsync("lifespan", "growing");
        await wizard.ClickOptionAsync("current-stack", "python");
        await wizard.WaitForSavedAsync("current-stack", "python");

        await app.RestartServerAsync();
        await page.ReloadAsync();
        await wizard.WaitUntilReadyAsync();

        await Assertions.Expect(wizard.Option("lifespan", "growing")).ToBeCheckedAsync();
        await Assertions.Expect(wizard.Option("current-stack", "python")).ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wizard_StartOver_ClearsAnswersAfterConfirmation()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, Content);
        await wizard.OpenAsync(app.BaseUrl);
        await wizard.ClickOptionAsync("lifespan", "prototype");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start over" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep my answers" }).ClickAsync();
        await Assertions.Expect(wizard.Option("lifespan", "prototype")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start over" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Start over" }).ClickAsync();

        await Assertions.Expect(wizard.Option("lifespan", "prototype")).Not.ToBeCheckedAsync();
        await page.WaitForFunctionAsync("() => !(localStorage.getItem('decider.draft.' + localStorage.getItem('decider.currentDraft')) || '').includes('prototype')");
        await page.ReloadAsync();
        await wizard.WaitUntilReadyAsync();
        await Assertions.Expect(wizard.Option("lifespan", "prototype")).Not.ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Result_TryThisOnACounterfactual_AppliesItsAnswers()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, Content);
        await wizard.OpenAsync(app.BaseUrl);
        // An upload parser with one Rust reviewer: a spike, which a second reviewer would turn into Rust.
        await wizard.ClickOptionAsync("lifespan", "long-lived");
        await wizard.ClickOptionAsync("workload", "parser");
        await page.Locator("button.step").Nth(2).ClickAsync();
        await wizard.ClickOptionAsync("failure-cost", "high");
        await wizard.ClickOptionAsync("input-trust", "untrusted");
        await wizard.ClickOptionAsync("boundary", "clear");
        await page.Locator("button.step").Nth(3).ClickAsync();
        await wizard.ClickOptionAsync("rust-reviewers", "one");
        await page.Locator("button.step", new() { HasText = "Result" }).ClickAsync();
        await Assertions.Expect(page.Locator("#result-title")).ToHaveTextAsync("Prove it with a Rust spike");
        var first = page.Locator(".counterfactuals li").First;
        var expected = await first.Locator("strong").InnerTextAsync();

        await first.GetByRole(AriaRole.Button).ClickAsync();

        await Assertions.Expect(page.Locator("#result-title")).ToHaveTextAsync(expected);
        await page.Context.CloseAsync();
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>;
