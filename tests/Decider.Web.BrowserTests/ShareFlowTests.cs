using System.Net;
using Decider.Web.Tests;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Decider.Web.BrowserTests;

/// <summary>From the wizard to a shared link, its PDF, a revision, the comparison and the deletion, in Chromium.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class ShareFlowTests(BrowserApp app)
{
    [Fact]
    public async Task SaveShareDownloadReviseCompareDelete()
    {
        var content = TestContent.Store.Content;
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, content);
        await wizard.OpenAsync(app.BaseUrl);
        await wizard.AnswerOneReviewerSpikeAsync();

        // Save and share
        await page.GetByLabel("Title").FillAsync("Upload parser <b>v2</b>");
        await page.GetByLabel("Notes (optional)").FillAsync("Agreed in the design review & to revisit in Q3.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and share" }).ClickAsync();
        var link = await page.Locator("#share-url").InputValueAsync();
        var token = await page.Locator("#owner-key").InnerTextAsync();
        Assert.StartsWith($"{app.BaseUrl}/a/", link);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = app.BaseUrl });
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();
        // The copy is done on the server's side of the circuit; the button says when it is.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copied" })).ToBeVisibleAsync();
        Assert.Equal(link, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // A fresh browser, scripts off: the shared page stands on its own
        var reader = await app.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var shared = await reader.NewPageAsync();
        await shared.GotoAsync(link);
        await Assertions.Expect(shared.Locator("h1")).ToHaveTextAsync("Upload parser <b>v2</b>");
        await Assertions.Expect(shared.Locator("#result-title")).ToBeVisibleAsync();
        await Assertions.Expect(shared.Locator(".notes")).ToHaveTextAsync("Agreed in the design review & to revisit in Q3.");
        Directory.CreateDirectory(BrowserApp.ScreenshotDirectory);
        await shared.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDirectory, "share-page.png"), FullPage = true });

        // Download the PDF
        var pdfResponse = await reader.APIRequest.GetAsync($"{link}/report.pdf");
        Assert.Equal("application/pdf", pdfResponse.Headers["content-type"]);
        using (var pdf = PdfDocument.Open(await pdfResponse.BodyAsync()))
        {
            var text = string.Join("\n", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
            Assert.Contains("Upload parser <b>v2</b>", text);
            Assert.Contains("Agreed in the design review", text);
        }

        // Revise: the wizard opens with the saved answers, a change, a save as revision
        await page.GotoAsync(link.Replace("/a/", "/?revise=", StringComparison.Ordinal));
        await wizard.WaitUntilReadyAsync();
        await Assertions.Expect(wizard.Option("age", "lasting")).ToBeCheckedAsync();
        await page.Locator("button.step").Nth(1).ClickAsync();
        await wizard.ClickOptionAsync("reviewers", "two");
        await page.Locator("button.step", new() { HasText = "Result" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync("Upload parser <b>v2</b>");
        await Assertions.Expect(page.GetByLabel("Notes (optional)")).ToHaveValueAsync("Agreed in the design review & to revisit in Q3.");
        // The draft the first result was saved from is set aside, not lost.
        await Assertions.Expect(page.Locator(".other-drafts li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".other-drafts li")).ToContainTextAsync("Your draft");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and share" }).ClickAsync();
        var revision = await page.Locator("#share-url").InputValueAsync();
        Assert.NotEqual(link, revision);
        // A saved revision's draft is done with; the one set aside is what a reload comes back to.
        await page.WaitForFunctionAsync("() => JSON.parse(localStorage.getItem('decider.drafts')).length === 1");
        var stored = await page.EvaluateAsync<string[]>("() => Object.keys(localStorage).filter(k => k.startsWith('decider.draft.'))");
        Assert.Single(stored);
        Assert.DoesNotContain("revises\":\"", await page.EvaluateAsync<string>("k => localStorage.getItem(k)", stored[0]));

        // A Revise link to a result that is not there says so and leaves the draft as it was.
        await page.GotoAsync($"{app.BaseUrl}/?revise=AAAAAAAAAAAAAAAAAAAAAA");
        await wizard.WaitUntilReadyAsync();
        await Assertions.Expect(page.GetByText("No saved result has the id “AAAAAAAAAAAAAAAAAAAAAA”")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".review-list li", new() { HasText = "Test question about reviewers?" })).ToContainTextAsync("Test one person");

        // The revision links to its comparison with the parent, which shows the changed answer
        await shared.GotoAsync(revision);
        await shared.GetByRole(AriaRole.Link, new() { Name = "compare with it" }).ClickAsync();
        await Assertions.Expect(shared.Locator("tr.changed", new() { HasText = "Test question about reviewers?" })).ToBeVisibleAsync();

        // Delete the first with its token: gone from every route
        var deleted = await reader.APIRequest.DeleteAsync(link.Replace("/a/", "/api/v1/assessments/", StringComparison.Ordinal),
            new() { Headers = new Dictionary<string, string> { ["X-Delete-Token"] = token } });
        Assert.Equal((int)HttpStatusCode.NoContent, deleted.Status);
        var gone = await shared.GotoAsync(link);
        Assert.Equal((int)HttpStatusCode.NotFound, gone!.Status);
        await Assertions.Expect(shared.Locator("h1")).ToHaveTextAsync("This page is not here");
        await shared.GotoAsync(revision);
        await Assertions.Expect(shared.Locator(".revisions")).ToContainTextAsync("has since been deleted");

        await reader.CloseAsync();
        await page.Context.CloseAsync();
    }
}
