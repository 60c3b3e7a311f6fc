using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Decider.Web.Tests.Assessments;
using UglyToad.PdfPig;

namespace Decider.Web.Tests.Spikes;

/// <summary>The decision's PDF and ADR carry the spike planned from it, its numbers and, once ended, its outcome.</summary>
public sealed class SpikeReportsTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    private readonly HttpClient _client = app.Factory.CreateClient();

    private async Task PostAsync(string path, string key, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Edit-Key", key);
        Assert.Equal(HttpStatusCode.Created, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task PdfAndAdr_OfTheDecision_IncludeThePlanTheNumbersAndTheOutcome()
    {
        var (id, key) = await SpikePageTests.PlanAsync(_client);
        var assessment = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/spikes/{id}")).RootElement.GetProperty("assessment").GetString();
        var before = (await _client.GetAsync($"/a/{assessment}/adr.md")).Headers.ETag;
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await PostAsync($"/api/v1/spikes/{id}/check-ins", key, $$"""{"metric":"Crash rate","on":"{{today}}","value":2}""");
        await PostAsync($"/api/v1/spikes/{id}/check-ins", key, $$"""{"metric":"Files parsed","on":"{{today}}","value":65}""");
        await PostAsync($"/api/v1/spikes/{id}/end", key, """{"outcome":"continue","reason":"Crashes fell from 12 to 2 a week."}""");

        var adr = await _client.GetAsync($"/a/{assessment}/adr.md");
        var markdown = await adr.Content.ReadAsStringAsync();
        using var pdf = PdfDocument.Open(await _client.GetByteArrayAsync($"/a/{assessment}/report.pdf"));
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

        Assert.NotEqual(before, adr.Headers.ETag);
        Assert.Contains("## The Spike", markdown);
        Assert.Contains("* Crash rate: 12 → 3 crashes a week (lower is better); latest 2 on", markdown);
        Assert.Contains("* Rule: Roll back if any metric is worse than its baseline.", markdown);
        Assert.Contains("* What the rules give: Continue. Every metric meets its target", markdown);
        Assert.Contains("Continue with Rust. Crashes fell from 12 to 2 a week.", markdown);
        Assert.Contains($"* Its page: <http://localhost/p/{id}>", markdown);
        var nextYear = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains($"* Revisit by {nextYear} with the maintenance test of “Rust for product teams”: can two or three engineers explain the service without its author", markdown);
        Assert.Contains("with the maintenance test", await _client.GetStringAsync($"/p/{id}"));
        Assert.Contains("The spike, as planned and measured", text);
        Assert.Contains("Continue with Rust. Crashes fell from 12 to 2 a week.", text);
    }
}
