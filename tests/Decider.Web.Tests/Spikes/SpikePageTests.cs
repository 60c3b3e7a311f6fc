using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Decider.Web.Tests.Assessments;

namespace Decider.Web.Tests.Spikes;

/// <summary>A spike's read-only page, as anyone with the link opens it.</summary>
public sealed class SpikePageTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    private readonly HttpClient _client = app.Factory.CreateClient();

    private static string Day(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static async Task<(string Id, string Key)> PlanAsync(HttpClient client, int startInDays = -14)
    {
        var saved = await client.PostAsync("/api/v1/assessments", new StringContent(
            """{"title":"File parser","answers":{"age":"lasting","speed":"critical","stakes":"high","reviewers":"one"}}""", Encoding.UTF8, "application/json"));
        var assessment = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var plan = await client.PostAsync("/api/v1/spikes", new StringContent($$"""
            {"assessment":"{{assessment}}","module":"File parser","boundary":"Takes an upload, returns parsed rows.","pair":"Ana and Ben",
             "start":"{{Day(startInDays)}}","weeks":4,
             "metrics":[{"name":"Crash rate","unit":"crashes a week","baseline":12,"target":3,"direction":"lowerIsBetter"},
                        {"name":"Files parsed","unit":"files a minute","baseline":40,"target":60,"direction":"higherIsBetter"}],
             "rules":[{"outcome":"rollBack","when":"anyWorseThanBaseline"},{"outcome":"continue","when":"allTargetsMet"}]}
            """, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
        var body = JsonDocument.Parse(await plan.Content.ReadAsStringAsync()).RootElement;
        return (body.GetProperty("id").GetString()!, body.GetProperty("editKey").GetString()!);
    }

    private async Task CheckInAsync(string id, string key, string metric, int daysAgo, double value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/spikes/{id}/check-ins")
        {
            Content = new StringContent($$"""{"metric":"{{metric}}","on":"{{Day(-daysAgo)}}","value":{{value.ToString(CultureInfo.InvariantCulture)}}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Edit-Key", key);
        Assert.Equal(HttpStatusCode.Created, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Page_ShowsThePlanTheStateTheChartsAndWhatTheRulesGive_WithoutScripts()
    {
        var (id, key) = await PlanAsync(_client);
        await CheckInAsync(id, key, "Crash rate", 7, 6);
        await CheckInAsync(id, key, "Crash rate", 1, 2);
        await CheckInAsync(id, key, "Files parsed", 1, 61);

        var response = await _client.GetAsync($"/p/{id}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("blazor.web.js", html);
        Assert.Contains("<h1>File parser</h1>", html);
        Assert.Contains("Running: week 3 of 4", html);
        Assert.Contains("<li>Roll back if any metric is worse than its baseline.</li>", html);
        Assert.Contains("<strong>Continue.</strong> Every metric meets its target:", html);
        Assert.Contains("12 → 3 crashes a week (lower is better); latest 2 on", html);
        // A line where there are two points or more; each point that meets its target marked so.
        Assert.Equal(1, html.Split("<polyline", StringSplitOptions.None).Length - 1);
        Assert.Equal(2, html.Split("class=\"point met\"", StringSplitOptions.None).Length - 1);
        Assert.Contains("Measured: ", html);
        Assert.Contains("<meta property=\"og:title\" content=\"Spike: File parser\" />", html);
    }

    [Fact]
    public async Task Page_BeforeTheStartAndPastTheTimeBox_SaysSo()
    {
        var (later, _) = await PlanAsync(_client, startInDays: 10);
        var (earlier, _) = await PlanAsync(_client, startInDays: -60);

        Assert.Contains("Not started: it starts on", await _client.GetStringAsync($"/p/{later}"));
        Assert.Contains("Past its time box since", await _client.GetStringAsync($"/p/{earlier}"));
        Assert.Contains("No rule fired: Crash rate and Files parsed have no check-in yet.", await _client.GetStringAsync($"/p/{earlier}"));
    }

    [Fact]
    public async Task Page_UnknownSpike_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/p/AAAAAAAAAAAAAAAAAAAAAA")).StatusCode);
    }
}
