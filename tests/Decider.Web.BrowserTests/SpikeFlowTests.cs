using Decider.Web.Tests;
using Microsoft.Playwright;

namespace Decider.Web.BrowserTests;

/// <summary>From a spike verdict to a written plan, two check-ins, the charts, what the rules give and the outcome the lead confirms.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class SpikeFlowTests(BrowserApp app)
{
    [Fact]
    public async Task SpikeVerdict_ToAPlan_TwoCheckIns_TheChartsTheReviewAndTheOutcome()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, TestContent.Store.Content);
        await wizard.OpenAsync(app.BaseUrl);
        await wizard.AnswerOneReviewerSpikeAsync();
        await page.GetByLabel("Title").FillAsync("File parser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and share" }).ClickAsync();
        await page.GotoAsync(await page.Locator("#share-url").InputValueAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Plan the spike" }).ClickAsync();
        await wizard.WaitUntilReadyAsync();
        await Assertions.Expect(page.Locator("#spike-module")).ToHaveValueAsync("File parser");
        await page.Locator("#spike-boundary").FillAsync("Takes an uploaded file, returns parsed rows or a clear error.");
        await page.Locator("#spike-pair").FillAsync("Ana and Ben");
        // The content suggests review time for one reviewer and crash rate for high stakes; the team keeps only the crash rate.
        await Assertions.Expect(page.Locator("#metric-name-0")).ToHaveValueAsync("Review time");
        await Assertions.Expect(page.Locator("#metric-name-1")).ToHaveValueAsync("Crash rate");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove metric 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add Review time (hours per change)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#metric-name-0")).ToHaveValueAsync("Crash rate");
        // Focus moves to the metric that took the removed one's place, not to the page.
        await Assertions.Expect(page.Locator("#metric-name-0")).ToBeFocusedAsync();
        // Saved before the figures are in: each field with a problem is marked and described by it, the others are not.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#metric-baseline-0")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#metric-baseline-0")).ToHaveAccessibleDescriptionAsync("Baseline is required: today's figure, a finite number.");
        await Assertions.Expect(page.Locator("#metric-target-0")).ToHaveAccessibleDescriptionAsync("Target is required: the figure that counts as success, a finite number.");
        await Assertions.Expect(page.Locator("#metric-name-0")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#spike-pair")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        Directory.CreateDirectory(BrowserApp.ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDirectory, "desktop-spike-plan-errors.png"), FullPage = true });
        await page.Locator("#metric-unit-0").FillAsync("crashes a week");
        await page.Locator("#metric-baseline-0").FillAsync("12");
        await page.Locator("#metric-target-0").FillAsync("3");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDirectory, "desktop-spike-plan.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#spike-edit-key")).ToBeVisibleAsync();

        await page.Locator("#spike-edit-link").ClickAsync();
        // The plan page was interactive too: wait for the check-in page itself before waiting for its circuit.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check in: File parser");
        await wizard.WaitUntilReadyAsync();
        await page.Locator("#checkin-value").FillAsync("7");
        await page.Locator("#checkin-note").FillAsync("first week");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the check-in" }).ClickAsync();
        await Assertions.Expect(page.Locator("form.check-in").GetByRole(AriaRole.Status)).ToContainTextAsync("Recorded: Crash rate 7");
        await page.Locator("#checkin-value").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the check-in" }).ClickAsync();
        await Assertions.Expect(page.Locator("form.check-in").GetByRole(AriaRole.Status)).ToContainTextAsync("Recorded: Crash rate 2");
        await Assertions.Expect(page.Locator(".spike-review")).ToContainTextAsync("Continue. Every metric meets its target: Crash rate 2 crashes a week");

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDirectory, "desktop-spike-check-in.png"), FullPage = true });
        await page.GetByLabel("Continue: Rust earned its place here").CheckAsync();
        await page.Locator("#end-reason").FillAsync("Crashes fell from 12 to 2 a week.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await Assertions.Expect(page.Locator(".spike-end")).ToContainTextAsync("Continue with Rust: Crashes fell from 12 to 2 a week.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Record the check-in" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#revision-delete-token")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#end-title")).ToBeFocusedAsync();

        // The page anyone with the link sees, scripts off.
        var reader = await app.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var shared = await reader.NewPageAsync();
        await shared.GotoAsync(page.Url[..page.Url.IndexOf("/edit/", StringComparison.Ordinal)]);
        await Assertions.Expect(shared.Locator("h1")).ToHaveTextAsync("File parser");
        await Assertions.Expect(shared.Locator(".metric-chart polyline")).ToHaveCountAsync(1);
        await Assertions.Expect(shared.Locator(".metric-chart circle.point")).ToHaveCountAsync(2);
        await Assertions.Expect(shared.Locator("table.answers tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(shared.Locator(".spike-review")).ToContainTextAsync("Continue.");
        await Assertions.Expect(shared.Locator(".spike-state")).ToContainTextAsync("Ended");
        await Assertions.Expect(shared.Locator(".spike-outcomes")).ToContainTextAsync("Continue with Rust on");

        // The outcome updated the decision: a revision with the verdict Rust, decided by the spike.
        await shared.Locator(".spike-revision").ClickAsync();
        await Assertions.Expect(shared.Locator(".decided-by")).ToContainTextAsync("Test continue. The spike on File parser");
        await Assertions.Expect(shared.Locator("body")).ToContainTextAsync("Test verdict Rust");
        var spikePath = new Uri(page.Url).AbsolutePath;
        await Assertions.Expect(shared.Locator(".decided-by-spike a")).ToHaveAttributeAsync("href", spikePath[..spikePath.IndexOf("/edit/", StringComparison.Ordinal)]);
        await reader.CloseAsync();
        await page.Context.CloseAsync();
    }
}
