using System.Net;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using static Microsoft.Playwright.Assertions;

namespace Decider.Web.BrowserTests;

/// <summary>Three people in three browsers answer one team session; the lead follows live and saves.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class TeamFlowTests(BrowserApp app)
{
    private static readonly (string Question, string Option)[] Agreed =
    [
        ("age", "lasting"), ("speed", "critical"), ("stakes", "high"), ("calendar", "relaxed"),
    ];

    [Fact]
    public async Task ThreeParticipants_LeadSeesWhereTheyDisagreeLive_SavesAndTheSessionCloses()
    {
        var lead = await app.NewPageAsync();
        await lead.GotoAsync($"{app.BaseUrl}/team");
        var open = lead.GetByRole(AriaRole.Button, new() { Name = "Open a team session" });
        await Expect(open).ToBeEnabledAsync();
        await lead.Locator("#team-title").FillAsync("Upload parser");
        await open.ClickAsync();
        try
        {
            await Expect(lead.Locator("#team-link")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }
        catch (PlaywrightException e)
        {
            Assert.Fail($"The lead's page did not open ({e.Message}); at {lead.Url} the page shows: {await lead.Locator("main").InnerTextAsync()}");
        }
        Assert.Contains("/lead/", lead.Url, StringComparison.Ordinal);
        var teamLink = await lead.Locator("#team-link").InputValueAsync();
        Assert.StartsWith($"{app.BaseUrl}/team/", teamLink);
        await lead.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = app.BaseUrl });
        // The lead's page is prerendered: the button copies once its circuit is connected, which the page signals.
        await lead.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await lead.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();
        await Expect(lead.GetByRole(AriaRole.Button, new() { Name = "Copied" })).ToBeVisibleAsync();
        Assert.Equal(teamLink, await lead.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await Expect(lead.Locator("#team-count")).ToHaveTextAsync("0 participants have answered");

        var people = new[] { ("Ana", "one"), ("Ben", "one"), ("Chi", "two") };
        for (var i = 0; i < people.Length; i++)
        {
            var (name, reviewers) = people[i];
            await using var browser = await app.Browser.NewContextAsync();
            var page = await browser.NewPageAsync();
            await page.GotoAsync(teamLink);
            var submit = page.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" });
            await Expect(submit).ToBeEnabledAsync();
            await Expect(page.Locator(".team-answers")).ToHaveCountAsync(0);
            await page.Locator("#team-name").FillAsync(name);
            foreach (var (question, option) in Agreed.Append(("reviewers", reviewers)))
            {
                await page.Locator($"#q-{question} input[value='{option}']").CheckAsync();
            }
            await page.Locator("#q-speed-targets input[value='memory']").CheckAsync();
            await submit.ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Thanks, your answers are in");
            await Expect(page.Locator(".team-answers")).ToContainTextAsync(name);

            // The lead's page was not reloaded: the circuit brings each submission.
            await Expect(lead.Locator("#team-count")).ToHaveTextAsync($"{i + 1} {(i == 0 ? "participant has" : "participants have")} answered");
        }

        await Expect(lead.Locator("#team-verdict")).ToHaveTextAsync("Test verdict spike");
        var reviewersDisagreement = lead.Locator(".disagreements > li", new() { HasText = "Test question about reviewers?" });
        await Expect(reviewersDisagreement).ToContainTextAsync("changes the verdict");
        await Expect(reviewersDisagreement).ToContainTextAsync("Test two people (Chi) → Test verdict Rust");
        await Expect(lead.Locator(".participants")).ToContainTextAsync("Chi: Test verdict Rust");
        Directory.CreateDirectory(BrowserApp.ScreenshotDirectory);
        await lead.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDirectory, "team-lead.png"), FullPage = true });

        await lead.GetByRole(AriaRole.Button, new() { Name = "Save the team's result" }).ClickAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save and close" }).ClickAsync();
        var link = lead.Locator("#team-saved-link");
        await Expect(link).ToBeVisibleAsync();
        var shareUrl = await link.InnerTextAsync();

        var reader = await app.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var shared = await reader.NewPageAsync();
        await shared.GotoAsync(shareUrl);
        await Expect(shared.Locator("#team-summary-title")).ToHaveTextAsync("Decided by a team of 3");
        await Expect(shared.Locator(".team-summary")).ToContainTextAsync("Test question about reviewers? — changes the verdict");
        await Expect(shared.Locator(".counterfactuals")).ToContainTextAsync("Find a second test reviewer");
        using (var pdf = PdfDocument.Open(await (await reader.APIRequest.GetAsync($"{shareUrl}/report.pdf")).BodyAsync()))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
            Assert.Contains("Decided by a team of 3", text);
        }
        Assert.Contains("Decided by a team of 3", await (await reader.APIRequest.GetAsync($"{shareUrl}/adr.md")).TextAsync());

        var late = await app.Browser.NewContextAsync();
        var latePage = await late.NewPageAsync();
        var response = await latePage.GotoAsync(teamLink);
        Assert.Equal((int)HttpStatusCode.Gone, response!.Status);
        await Expect(latePage.Locator("h1")).ToHaveTextAsync("This team session is closed");
    }
}
