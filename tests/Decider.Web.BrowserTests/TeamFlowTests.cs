using System.Net;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using static Microsoft.Playwright.Assertions;

namespace Decider.Web.BrowserTests;

/// <summary>
/// Two people who disagree answer one team session; one reloads and edits instead of voting twice; the lead settles
/// the ties with notes, saves and accepts the decision; the shared page, PDF and ADR say so.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class TeamFlowTests(BrowserApp app)
{
    private static readonly (string Question, string Option)[] Agreed = [("age", "lasting"), ("speed", "critical"), ("stakes", "high")];

    [Fact]
    public async Task TwoDisagree_OneEditsAfterReload_LeadSettlesTiesSavesAndAccepts()
    {
        var lead = await app.NewPageAsync();
        await lead.GotoAsync($"{app.BaseUrl}/team");
        await lead.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await lead.Locator("#team-title").FillAsync("Upload parser");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Open a team session" }).ClickAsync();
        await Expect(lead.Locator("#team-link")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var teamLink = await lead.Locator("#team-link").InputValueAsync();
        var leadUrl = lead.Url;
        await Expect(lead.Locator("#team-count")).ToHaveTextAsync("0 participants have answered");

        // Ana answers and gives a reason.
        await using var anaBrowser = await app.Browser.NewContextAsync();
        var ana = await OpenAsParticipantAsync(anaBrowser, teamLink);
        await ana.Locator("#team-name").FillAsync("Ana");
        await AnswerAsync(ana, [.. Agreed, ("reviewers", "one"), ("calendar", "relaxed")]);
        await ana.Locator("#why-reviewers").FillAsync("Only I know Rust");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await Expect(ana.Locator("h1")).ToHaveTextAsync("Thanks, your answers are in");
        await Expect(lead.Locator("#team-count")).ToHaveTextAsync("1 participant has answered");

        // Ben starts, reloads before submitting and finds his answers kept, then submits.
        await using var benBrowser = await app.Browser.NewContextAsync();
        var ben = await OpenAsParticipantAsync(benBrowser, teamLink);
        await ben.Locator("#team-name").FillAsync("Ben");
        await AnswerAsync(ben, [.. Agreed, ("reviewers", "two"), ("calendar", "tight")]);
        await ben.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => k.startsWith('decider.team.') && localStorage.getItem(k).includes('tight'))");
        await ben.ReloadAsync();
        await ben.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(ben.Locator("#q-calendar input[value='tight']")).ToBeCheckedAsync();
        await Expect(ben.Locator("#team-name")).ToHaveValueAsync("Ben");
        await ben.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await Expect(lead.Locator("#team-count")).ToHaveTextAsync("2 participants have answered");

        // After a reload Ben's browser knows his answers are in; he changes them instead of voting again.
        await ben.ReloadAsync();
        await ben.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(ben.Locator("h1")).ToHaveTextAsync("Thanks, your answers are in");
        await ben.GetByRole(AriaRole.Button, new() { Name = "Change my answers" }).ClickAsync();
        await ben.Locator("#why-reviewers").FillAsync("Dee joins in May");
        await ben.GetByRole(AriaRole.Button, new() { Name = "Update my answers" }).ClickAsync();
        await Expect(ben.Locator("h1")).ToHaveTextAsync("Thanks, your answers are in");
        await Expect(lead.Locator("#team-count")).ToHaveTextAsync("2 participants have answered");

        // The lead sees two ties with the reasons beside the answers, and settles both with notes.
        await Expect(lead.Locator("#team-open-ties")).ToContainTextAsync("2 ties are not settled");
        var reviewers = lead.Locator(".disagreements > li[data-question='reviewers']");
        await Expect(reviewers.Locator(".why")).ToContainTextAsync(["Ana: Only I know Rust", "Ben: Dee joins in May"]);
        await reviewers.Locator("label", new() { HasText = "Test two people (Ben)" }).Locator("input").CheckAsync();
        await reviewers.Locator(".resolve-note input").FillAsync("Dee starts Monday");
        await reviewers.Locator(".resolve-note input").PressAsync("Tab");
        var calendar = lead.Locator(".disagreements > li[data-question='calendar']");
        await calendar.Locator("label", new() { HasText = "Test relaxed (Ana)" }).Locator("input").CheckAsync();
        await calendar.Locator(".resolve-note input").FillAsync("No fixed date yet");
        await calendar.Locator(".resolve-note input").PressAsync("Tab");
        await Expect(lead.Locator("#team-open-ties")).ToContainTextAsync("no tie is left open");
        await Expect(lead.Locator("#team-verdict")).ToHaveTextAsync("Test verdict Rust");
        Directory.CreateDirectory(BrowserApp.ScreenshotDirectory);
        await lead.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDirectory, "team-lead.png"), FullPage = true });

        // The picks are kept: a reload of the lead's page still has them.
        await lead.GotoAsync(leadUrl);
        await lead.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(lead.Locator("#team-verdict")).ToHaveTextAsync("Test verdict Rust");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save the team's result" }).ClickAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save and close" }).ClickAsync();
        await Expect(lead.Locator("#team-saved-link")).ToBeVisibleAsync();
        var shareUrl = await lead.Locator("#team-saved-link").InnerTextAsync();
        var ownerKey = await lead.Locator("#owner-key").InnerTextAsync();

        // The lead signs the decision off.
        await lead.GotoAsync($"{shareUrl}/sign-off");
        await lead.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await lead.GetByLabel("Your name").FillAsync("Lee Lead");
        await lead.GetByLabel("Owner key").FillAsync(ownerKey);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Record the sign-off" }).ClickAsync();
        await Expect(lead.Locator(".status-badge")).ToHaveTextAsync("Accepted");
        Assert.Equal(shareUrl, lead.Url);

        var reader = await app.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var shared = await reader.NewPageAsync();
        await shared.GotoAsync(shareUrl);
        await Expect(shared.Locator("#team-summary-title")).ToHaveTextAsync("Decided by a team of 2");
        await Expect(shared.Locator(".resolutions")).ToContainTextAsync("Test question about reviewers? — settled as “Test two people”; Ana had answered otherwise. Note: Dee starts Monday");
        await Expect(shared.Locator(".status-line")).ToContainTextAsync("Lee Lead");
        using (var pdf = PdfDocument.Open(await (await reader.APIRequest.GetAsync($"{shareUrl}/report.pdf")).BodyAsync()))
        {
            var text = string.Join(" ", string.Join(" ", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("Decided by a team of 2", text);
            Assert.Contains("Status: Accepted — Lee Lead", text);
            Assert.Contains("Note: Dee starts Monday", text);
        }
        var adr = await (await reader.APIRequest.GetAsync($"{shareUrl}/adr.md")).TextAsync();
        Assert.Contains("* Status: accepted", adr);
        Assert.Contains("* Deciders: Lee Lead", adr);
        Assert.Contains("Note: No fixed date yet", adr);

        var late = await app.Browser.NewContextAsync();
        var response = await (await late.NewPageAsync()).GotoAsync(teamLink);
        Assert.Equal((int)HttpStatusCode.Gone, response!.Status);
        await reader.CloseAsync();
        await late.CloseAsync();
        await lead.Context.CloseAsync();
    }

    private static async Task<IPage> OpenAsParticipantAsync(IBrowserContext browser, string teamLink)
    {
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync(teamLink);
        await page.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(page.Locator(".team-answers")).ToHaveCountAsync(0);
        return page;
    }

    private static async Task AnswerAsync(IPage page, IEnumerable<(string Question, string Option)> answers)
    {
        foreach (var (question, option) in answers)
        {
            await page.Locator($"#q-{question} input[value='{option}']").CheckAsync();
        }
    }
}
