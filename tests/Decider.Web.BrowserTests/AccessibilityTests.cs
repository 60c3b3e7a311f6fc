using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Decider.Web.Tests;
using Microsoft.Playwright;

namespace Decider.Web.BrowserTests;

/// <summary>axe-core on every page, WCAG 2.x A and AA: no violations.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class AccessibilityTests(BrowserApp app)
{
    [Fact]
    public async Task EveryPage_HasNoWcagAOrAAViolations()
    {
        var page = await app.NewPageAsync();
        var wizard = new WizardDriver(page, TestContent.Store.Content);
        await wizard.OpenAsync(app.BaseUrl);
        var failures = new List<string>();
        await CheckAsync(page, "wizard", failures);
        await wizard.AnswerOneReviewerSpikeAsync();
        await Assertions.Expect(page.Locator("#result-title")).ToBeVisibleAsync();
        await CheckAsync(page, "result", failures);
        await page.GetByLabel("Title").FillAsync("Checked parser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and share" }).ClickAsync();
        var link = await page.Locator("#share-url").InputValueAsync();
        var id = link[(link.LastIndexOf('/') + 1)..];
        var systemId = await app.SaveSystemAsync(
            """{"title":"Uploads","team":{"reviewers":"one"},"components":[{"name":"Parser","answers":{"age":"lasting"}},{"name":"Admin","answers":{}}]}""");

        using var api = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var planned = await api.PostAsync("/api/v1/spikes", new StringContent($$"""
            {"assessment":"{{id}}","module":"Checked parser","boundary":"Upload in, rows out.","pair":"Ana and Ben",
             "start":"{{DateOnly.FromDateTime(DateTime.UtcNow):yyyy-MM-dd}}",
             "metrics":[{"name":"Crash rate","unit":"crashes a week","baseline":12,"target":3,"direction":"lowerIsBetter"}],
             "rules":[{"outcome":"continue","when":"allTargetsMet"}]}
            """, System.Text.Encoding.UTF8, "application/json"));
        var spike = System.Text.Json.JsonDocument.Parse(await planned.Content.ReadAsStringAsync()).RootElement;
        var (spikeId, spikeKey) = (spike.GetProperty("id").GetString(), spike.GetProperty("editKey").GetString());

        await page.GotoAsync($"{app.BaseUrl}/systems");
        await wizard.WaitUntilReadyAsync();
        await page.Locator("#new-component").FillAsync("Parser");
        await page.Locator("#new-component").PressAsync("Enter");
        await Assertions.Expect(page.Locator(".component-questions #q-age")).ToBeVisibleAsync();
        await CheckAsync(page, "system editor", failures);

        async Task VisitAsync(string name, string path)
        {
            await page.GotoAsync(app.BaseUrl + path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await CheckAsync(page, name, failures);
        }

        foreach (var (name, path) in new[] { ("share", $"/a/{id}"), ("sign-off", $"/a/{id}/sign-off"), ("sources", "/sources"), ("team start", "/team"),
            ("compare", $"/compare/{id}/{id}"), ("system", $"/s/{systemId}"),
            ("system compare", $"/compare/systems/{systemId}/{systemId}"), ("spike", $"/p/{spikeId}"), ("spike plan", $"/a/{id}/spike"),
            ("spike check-in", $"/p/{spikeId}/edit/{spikeKey}"), ("not found", "/no-such-page") })
        {
            await VisitAsync(name, path);
        }

        // Once the lead confirms continue: the ended spike and the decision's revision it saved.
        using var end = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/spikes/{spikeId}/end")
        {
            Content = new StringContent("""{"outcome":"continue","reason":"Crashes fell."}""", System.Text.Encoding.UTF8, "application/json"),
        };
        end.Headers.Add("X-Edit-Key", spikeKey);
        var revisionId = System.Text.Json.JsonDocument.Parse(await (await api.SendAsync(end)).Content.ReadAsStringAsync()).RootElement
            .GetProperty("revision").GetProperty("id").GetString();
        foreach (var (name, path) in new[] { ("ended spike check-in", $"/p/{spikeId}/edit/{spikeKey}"), ("decided by the spike", $"/a/{revisionId}") })
        {
            await VisitAsync(name, path);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await page.Context.CloseAsync();
    }

    private static async Task CheckAsync(IPage page, string name, List<string> failures)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
        failures.AddRange(result.Violations.Select(v => $"{name}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
    }
}
