using Decider.Web.Tests;
using Microsoft.Playwright;

namespace Decider.Web.BrowserTests;

/// <summary>A saved system's page, read with scripts off, and one of its components opened in the wizard.</summary>
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
}
