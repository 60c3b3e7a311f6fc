using Decider.Web.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Decider.Web.BrowserTests;

/// <summary>The wizard as keyboard users and phone users meet it.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class KeyboardAndPhoneTests(BrowserApp app)
{
    [Fact]
    public async Task KeyboardWalk_EveryFocusedElementShowsAClearRing()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, TestContent.Store.Content);
        await wizard.OpenAsync(app.BaseUrl);
        await wizard.AnswerOneReviewerSpikeAsync();
        await Expect(page.Locator("#result-title")).ToHaveTextAsync("Test verdict spike");
        await page.Locator("body").FocusAsync();

        var seen = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var ring = await page.EvaluateAsync<string>("""
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return 'body';
                  const s = getComputedStyle(e), label = e.closest('label');
                  const wrap = label ? getComputedStyle(label) : null;
                  const ok = (st) => st && ((st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) >= 2) || (st.boxShadow && st.boxShadow !== 'none'));
                  // MudBlazor's outlined fields ring the field with a 2px border in the primary colour.
                  const border = e.closest('.mud-input-outlined')?.querySelector('.mud-input-outlined-border');
                  const bordered = border && parseFloat(getComputedStyle(border).borderTopWidth) >= 2;
                  const name = (e.id || e.getAttribute('aria-label') || e.innerText || e.tagName).trim().slice(0, 40);
                  return (ok(s) || ok(wrap) || bordered ? 'ok ' : 'NO ') + e.tagName + ' ' + name + ' (outline ' + s.outlineStyle + ' ' + s.outlineWidth + ', shadow ' + s.boxShadow + ')';
                }
                """);
            seen.Add(ring);
        }

        Assert.All(seen.Where(s => s != "body"), s => Assert.StartsWith("ok ", s));
        Assert.Contains(seen, s => s.Contains("Try this", StringComparison.OrdinalIgnoreCase) || s.Contains("BUTTON", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LettersPickOptionsPastNine_AndTheLastQuestionsKeyMovesOnToNext()
    {
        var page = await app.NewPageAsync();
        var content = Decider.Web.Content.ContentDirectory.Load(Path.Combine(AppContext.BaseDirectory, "content"));
        var wizard = new WizardDriver(page, content);
        await wizard.OpenAsync(app.ShippedBaseUrl);
        var workload = content.Question("workload");
        Assert.True(workload.Options.Length > 10);

        await wizard.Option("workload", workload.Options[0].Id).FocusAsync();
        await page.Keyboard.PressAsync("b");

        await Expect(wizard.Option("workload", workload.Options[10].Id)).ToBeCheckedAsync();
        await page.Context.CloseAsync();

        var test = await app.NewPageAsync();
        var testWizard = new WizardDriver(test, TestContent.Store.Content);
        await testWizard.OpenAsync(app.BaseUrl);
        await testWizard.Option("stakes", "low").FocusAsync();
        await test.Keyboard.PressAsync("2");
        await Expect(testWizard.Option("stakes", "high")).ToBeCheckedAsync();
        await test.WaitForFunctionAsync("() => document.activeElement?.innerText?.trim().toLowerCase() === 'next'");
        await test.Keyboard.PressAsync("1");
        await Expect(testWizard.Option("stakes", "high")).ToBeCheckedAsync();
        await test.Context.CloseAsync();
    }

    [Fact]
    public async Task BackAndForward_MoveBetweenSteps_AndALinkOpensAStep()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, TestContent.Store.Content);
        await wizard.OpenAsync(app.BaseUrl);
        await wizard.ClickOptionAsync("age", "lasting");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await wizard.WaitForStepAsync("The crew");
        await page.GetByRole(AriaRole.Button, new() { Name = "See the result" }).ClickAsync();
        await wizard.WaitForStepAsync("Review and result");
        await page.WaitForFunctionAsync("() => location.search === '?step=result'");

        await page.GoBackAsync();
        await wizard.WaitForStepAsync("The crew");
        await page.GoBackAsync();
        await wizard.WaitForStepAsync("The thing");
        await Expect(wizard.Option("age", "lasting")).ToBeCheckedAsync();
        await page.GoForwardAsync();
        await wizard.WaitForStepAsync("The crew");

        await page.GotoAsync($"{app.BaseUrl}/?step=2");
        await wizard.WaitUntilReadyAsync();
        await wizard.WaitForStepAsync("The crew");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TryThis_SaysWhatChanged_AndUndoPutsTheAnswersBack()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, TestContent.Store.Content);
        await wizard.OpenAsync(app.BaseUrl);
        await wizard.AnswerOneReviewerSpikeAsync();
        await Expect(page.Locator("#result-title")).ToHaveTextAsync("Test verdict spike");
        var tryThis = page.Locator(".counterfactuals li").First.GetByRole(AriaRole.Button);
        await tryThis.ScrollIntoViewIfNeededAsync();
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");

        await tryThis.ClickAsync();

        await Expect(page.Locator(".undo-bar")).ToContainTextAsync("Find a second test reviewer: the verdict is now Test verdict Rust.");
        await Expect(page.Locator("#result-title")).ToHaveTextAsync("Test verdict Rust");
        Assert.InRange(await page.EvaluateAsync<double>("() => window.scrollY"), scrolled - 200, scrolled + 200);
        await page.Locator(".undo-bar").GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(page.Locator("#result-title")).ToHaveTextAsync("Test verdict spike");
        await Expect(page.Locator(".undo-bar")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SavedResults_SurviveAReload_AndDeleteAsksFirst()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, TestContent.Store.Content);
        await wizard.OpenAsync(app.BaseUrl);
        await wizard.AnswerOneReviewerSpikeAsync();
        await page.GetByLabel("Title").FillAsync("Kept parser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and share" }).ClickAsync();
        var link = await page.Locator("#share-url").InputValueAsync();
        var key = await page.Locator("#owner-key").InnerTextAsync();

        await page.ReloadAsync();
        await wizard.WaitUntilReadyAsync();

        // The same draft shows its saved result, not a blank form to save twice.
        await Expect(page.Locator("#share-url")).ToHaveValueAsync(link);
        await Expect(page.Locator("#owner-key")).ToHaveTextAsync(key);
        var saved = page.Locator(".saved-results");
        await saved.Locator("summary").ClickAsync();
        await Expect(saved.Locator("li")).ToContainTextAsync("Kept parser");
        await saved.GetByRole(AriaRole.Button, new() { Name = "Delete Kept parser" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
        Assert.Equal(200, (await page.APIRequest.GetAsync(link)).Status);
        await saved.GetByRole(AriaRole.Button, new() { Name = "Delete Kept parser" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();

        await Expect(page.GetByText("“Kept parser” was deleted.")).ToBeVisibleAsync();
        Assert.Equal(404, (await page.APIRequest.GetAsync(link)).Status);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Phone_TheResultOpensWithTheVerdictAndTheStepBarIsOneRow()
    {
        var page = await app.NewPageAsync(390, 844);
        var wizard = new WizardDriver(page, TestContent.Store.Content);
        await wizard.OpenAsync(app.BaseUrl);
        await wizard.AnswerOneReviewerSpikeAsync();
        await Expect(page.Locator("#result-title")).ToBeVisibleAsync();

        var bar = await page.Locator("nav.steps ol").BoundingBoxAsync();
        var verdictTop = await page.EvaluateAsync<double>("() => document.querySelector('#result-title').getBoundingClientRect().top + window.scrollY");
        var reviewTop = await page.EvaluateAsync<double>("() => document.querySelector('.review').getBoundingClientRect().top + window.scrollY");

        Assert.True(bar!.Height < 60, $"The step bar is {bar.Height}px high.");
        Assert.True(verdictTop < reviewTop, "The verdict should come before the review of answers.");
        await page.Context.CloseAsync();
    }
}
