using System.Collections.Immutable;
using Decider.Web.Tests;
using Microsoft.Playwright;

namespace Decider.Web.BrowserTests;

[Collection(nameof(BrowserCollection))]
public sealed class WizardFlowTests(BrowserApp app)
{
    private static readonly Decider.Core.Content.DecisionContent Content = TestContent.Store.Content;

    public static TheoryData<string, string> Cases => new()
    {
        { """{"age":["lasting"],"speed":["critical"],"speed-targets":["latency","memory"],"stakes":["high"],"reviewers":["one"],"calendar":["relaxed"]}""", "Test verdict spike" },
        { """{"age":["lasting"],"speed":["critical"],"stakes":["high"],"reviewers":["two"],"calendar":["relaxed"]}""", "Test verdict Rust" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Wizard_AnsweredWithKeyboardOnly_ShowsTheVerdictWithSourcedReasons(string answersJson, string verdict)
    {
        var answers = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, ImmutableArray<string>>>(answersJson)!;
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, Content);
        await wizard.OpenAsync(app.BaseUrl);

        foreach (var step in Content.Steps)
        {
            await wizard.WaitForStepAsync(step.Title);
            await wizard.AnswerStepWithKeyboardAsync(answers);
        }

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Review and result");
        await Assertions.Expect(page.Locator("#result-title")).ToHaveTextAsync(verdict);
        Assert.Equal(await page.Locator("li.reason").CountAsync(), await page.Locator("li.reason:has(a[href^='/sources#'])").CountAsync());

        // The verdict comes first; the review is a click away, lists every answer given, and "Change" goes back to
        // that question with the answer kept.
        await page.Locator(".review > summary").ClickAsync();
        var row = page.Locator(".review-list li", new() { HasText = "Test question about stakes?" });
        await Assertions.Expect(row.Locator(".review-answer")).ToHaveTextAsync("Test high");
        await row.GetByRole(AriaRole.Button, new() { Name = "Change: Test question about stakes?" }).ClickAsync();
        await Assertions.Expect(wizard.Option("stakes", "high")).ToBeCheckedAsync();
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

        await wizard.ClickOptionAsync("age", "throwaway");
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
        await wizard.ClickOptionAsync("age", "lasting");
        await wizard.ClickOptionAsync("speed", "critical");
        await wizard.ClickOptionAsync("speed-targets", "startup");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await wizard.WaitForStepAsync("The crew");
        await wizard.ClickOptionAsync("reviewers", "two");
        await wizard.WaitForSavedAsync("reviewers", "two");

        await page.ReloadAsync();
        await wizard.WaitUntilReadyAsync();

        await wizard.WaitForStepAsync("The crew");
        await Assertions.Expect(wizard.Option("reviewers", "two")).ToBeCheckedAsync();
        await page.Locator("button.step").First.ClickAsync();
        await Assertions.Expect(wizard.Option("age", "lasting")).ToBeCheckedAsync();
        await Assertions.Expect(wizard.Option("speed", "critical")).ToBeCheckedAsync();
        await Assertions.Expect(wizard.Option("speed-targets", "startup")).ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wizard_SpeedAnswer_ShowsAndHidesTheConditionalQuestion()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, Content);
        await wizard.OpenAsync(app.BaseUrl);
        await wizard.WaitForStepAsync("The thing");

        await wizard.ClickOptionAsync("speed", "critical");
        await Assertions.Expect(page.Locator("#q-speed-targets")).ToBeVisibleAsync();
        await wizard.ClickOptionAsync("speed-targets", "memory");

        await wizard.ClickOptionAsync("speed", "nice");
        await Assertions.Expect(page.Locator("#q-speed-targets")).ToHaveCountAsync(0);

        await wizard.ClickOptionAsync("speed", "critical");
        await Assertions.Expect(page.Locator("#q-speed-targets")).ToBeVisibleAsync();
        await Assertions.Expect(wizard.Option("speed-targets", "memory")).Not.ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wizard_ServerRestarts_AnswersSurviveAReload()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, Content);
        await wizard.OpenAsync(app.BaseUrl);
        await wizard.ClickOptionAsync("age", "lasting");
        await wizard.ClickOptionAsync("stakes", "low");
        await wizard.WaitForSavedAsync("stakes", "low");

        await app.RestartServerAsync();
        await page.ReloadAsync();
        await wizard.WaitUntilReadyAsync();

        await Assertions.Expect(wizard.Option("age", "lasting")).ToBeCheckedAsync();
        await Assertions.Expect(wizard.Option("stakes", "low")).ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wizard_StartOver_ClearsAnswersAfterConfirmation()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, Content);
        await wizard.OpenAsync(app.BaseUrl);
        await wizard.ClickOptionAsync("age", "throwaway");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start over" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep my answers" }).ClickAsync();
        await Assertions.Expect(wizard.Option("age", "throwaway")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start over" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Start over" }).ClickAsync();

        await Assertions.Expect(wizard.Option("age", "throwaway")).Not.ToBeCheckedAsync();
        await page.WaitForFunctionAsync("() => !(localStorage.getItem('decider.draft.' + localStorage.getItem('decider.currentDraft')) || '').includes('throwaway')");
        await page.ReloadAsync();
        await wizard.WaitUntilReadyAsync();
        await Assertions.Expect(wizard.Option("age", "throwaway")).Not.ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Result_TryThisOnACounterfactual_AppliesItsAnswers()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, Content);
        await wizard.OpenAsync(app.BaseUrl);
        await wizard.AnswerOneReviewerSpikeAsync();
        await Assertions.Expect(page.Locator("#result-title")).ToHaveTextAsync("Test verdict spike");
        var first = page.Locator(".counterfactuals li").First;
        await Assertions.Expect(first.Locator("strong")).ToHaveTextAsync("Test verdict Rust");

        await first.GetByRole(AriaRole.Button).ClickAsync();

        await Assertions.Expect(page.Locator("#result-title")).ToHaveTextAsync("Test verdict Rust");
        await page.Context.CloseAsync();
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>;
