using Decider.Web.Shared;
using Decider.Web.Tests;
using Microsoft.Playwright;

namespace Decider.Web.BrowserTests;

/// <summary>The system editor driven with the keyboard; a saved system's page, read with scripts off, and one of its components opened in the wizard.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class SystemFlowTests(BrowserApp app)
{
    [Fact]
    public async Task SystemPage_WorksWithoutScriptsAndOpensAComponentInTheWizardWithTheTeamsAnswers()
    {
        var id = await app.SaveSystemAsync(
            """{"title":"Uploads","team":{"reviewers":"one"},"components":[{"name":"Admin","answers":{}},{"name":"Parser","answers":{"age":"lasting"}}]}""");
        var reader = await app.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var shared = await reader.NewPageAsync();
        await shared.GotoAsync($"{app.BaseUrl}/s/{id}");
        await Assertions.Expect(shared.Locator("h1")).ToHaveTextAsync("Uploads");
        await Assertions.Expect(shared.Locator("table.system-map tbody tr")).ToHaveCountAsync(2);
        await reader.CloseAsync();

        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/s/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Open in the wizard: Parser" }).ClickAsync();
        var wizard = new WizardDriver(page, TestContent.Store.Content);
        await wizard.WaitUntilReadyAsync();

        await Assertions.Expect(wizard.Option("age", "lasting")).ToBeCheckedAsync();
        await page.Locator("button.step", new() { HasText = "Result" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync("Parser");
        await Assertions.Expect(page.Locator(".review-list li", new() { HasText = "Test question about reviewers?" })).ToContainTextAsync("Test one person");

        await page.GotoAsync($"{app.BaseUrl}/?system={id}&component=9");
        await wizard.WaitUntilReadyAsync();
        await Assertions.Expect(page.GetByText($"No saved system with the id \u201c{id}\u201d has a component 9")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SystemEditor_BuildsFourComponentsWithTheKeyboard_KeepsThemOverAReload_AndSavesAMapTheSharePageShowsWithoutScripts()
    {
        var content = TestContent.Store.Content;
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/systems");
        var wizard = new WizardDriver(page, content);
        await wizard.WaitUntilReadyAsync();
        // The kept draft is back once focus is on the heading; a key pressed before that could land elsewhere.
        await page.WaitForFunctionAsync("() => document.activeElement?.tagName === 'H1'");

        await page.Locator("#system-name").FocusAsync();
        await page.Keyboard.TypeAsync("Uploads platform");
        // Tab leaves the name for the team's first question; a number key answers it and goes on to the new component's name.
        await page.Keyboard.PressAsync("Tab");
        await wizard.WaitForFocusInAsync("reviewers");
        await page.Keyboard.PressAsync(KeyOf("reviewers", "one"));
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'new-component'");

        string[][] components =
        [
            ["Admin panel", "age=throwaway", "speed=nice", "stakes=low", "calendar=tight"],
            ["File parser", "age=lasting", "speed=critical", "speed-targets=", "stakes=high", "calendar=relaxed"],
            ["Queue worker", "age=lasting", "speed=critical", "speed-targets=", "stakes=high", "calendar=relaxed"],
            ["Billing screens", "age=lasting", "speed=nice", "stakes=low", "calendar=tight"],
        ];
        foreach (var component in components)
        {
            await page.Keyboard.TypeAsync(component[0]);
            await page.Keyboard.PressAsync("Enter");
            foreach (var answer in component[1..])
            {
                var (questionId, optionId) = (answer.Split('=')[0], answer.Split('=')[1]);
                await wizard.WaitForFocusInAsync(questionId);
                // "0" is "I don't know yet"; both it and a number key move on, after the last question to the new component's name.
                await page.Keyboard.PressAsync(optionId.Length == 0 ? "0" : KeyOf(questionId, optionId));
            }
            await page.WaitForFunctionAsync("() => document.activeElement?.id === 'new-component'");
        }
        var rows = page.Locator(".system-aside table.system-map tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator(".system-slice")).ToContainTextAsync("2 of 4 components go to Rust");

        // Reorder with the buttons, then reload: the draft comes back as it was left.
        // Moved either way, the component keeps focus on its own button.
        await page.GetByRole(AriaRole.Button, new() { Name = "Move up: Billing screens" }).ClickAsync();
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("Billing screens");
        await page.WaitForFunctionAsync("() => document.activeElement?.getAttribute('aria-controls') === 'component-questions-2'");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move down: Billing screens" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.getAttribute('aria-controls') === 'component-questions-3'");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move up: Billing screens" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.getAttribute('aria-controls') === 'component-questions-2'");
        await page.WaitForFunctionAsync("() => JSON.parse(localStorage.getItem('decider.systemDraft') || 'null')?.components?.[2]?.name === 'Billing screens'");
        await page.ReloadAsync();
        await wizard.WaitUntilReadyAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#system-name")).ToHaveValueAsync("Uploads platform");
        await Assertions.Expect(page.Locator("#component-name-3")).ToHaveValueAsync("Queue worker");
        await Assertions.Expect(page.Locator(".system-slice")).ToContainTextAsync("2 of 4 components go to Rust");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save and share the system" }).ClickAsync();
        // Saved, focus is on the link to copy.
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'system-share-url'");
        var url = await page.Locator("#system-share-url").InputValueAsync();
        Assert.Matches("/s/[A-Za-z0-9_-]+$", url);
        await page.Context.CloseAsync();

        var reader = await app.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var shared = await reader.NewPageAsync();
        await shared.GotoAsync(url);
        await Assertions.Expect(shared.Locator("h1")).ToHaveTextAsync("Uploads platform");
        await Assertions.Expect(shared.Locator("table.system-map tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(shared.Locator("table.system-map tbody tr").Nth(3)).ToContainTextAsync("Queue worker");
        await Assertions.Expect(shared.Locator(".system-slice")).ToContainTextAsync("2 of 4 components go to Rust");
        var pdfHref = await shared.GetByRole(AriaRole.Link, new() { Name = "PDF report" }).GetAttributeAsync("href");
        await reader.CloseAsync();

        using var http = new HttpClient();
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await http.GetByteArrayAsync(new Uri(new Uri(url), pdfHref)));
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.Contains("Uploads platform", pages[0]);
        Assert.Contains("2 of 4 components go to Rust", pages[0]);
        string[] order = ["Admin panel", "File parser", "Billing screens", "Queue worker"];
        for (var i = 0; i < order.Length; i++)
        {
            Assert.Contains(pages, p => p.Contains($"COMPONENT {i + 1} OF 4 {order[i]}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Revise_FromTheSystemPage_OpensItInTheEditor_AndSavesARevisionTheCompareTableShows()
    {
        var id = await app.SaveSystemAsync(
            """{"title":"Uploads","team":{"reviewers":"one"},"components":[{"name":"Parser","answers":{"age":"lasting","speed":"critical","stakes":"high"}}]}""");
        var page = await app.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/s/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Revise this system" }).ClickAsync();
        await new WizardDriver(page, TestContent.Store.Content).WaitUntilReadyAsync();

        await Assertions.Expect(page.GetByText("You are revising")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#system-name")).ToHaveValueAsync("Uploads");
        await Assertions.Expect(page.Locator("#component-name-0")).ToHaveValueAsync("Parser");
        await page.Locator("#q-reviewers input[value='two']").CheckAsync();
        await Assertions.Expect(page.Locator(".component-verdict")).ToHaveTextAsync("Test verdict Rust");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and share the system" }).ClickAsync();
        var url = await page.Locator("#system-share-url").InputValueAsync();

        await page.GotoAsync(url);
        await page.GetByRole(AriaRole.Link, new() { Name = "compare the two" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.compare tr", new() { HasText = "Parser" })).ToContainTextAsync("Test verdict spike");
        await Assertions.Expect(page.Locator("table.compare tr", new() { HasText = "Parser" })).ToContainTextAsync("Test verdict Rust");
        await page.Context.CloseAsync();
    }

    private static string KeyOf(string questionId, string optionId)
    {
        var question = TestContent.Store.Content.Question(questionId);
        return QuestionCard.KeyOf(question.Options.Select(o => o.Id).ToList().IndexOf(optionId));
    }
}
