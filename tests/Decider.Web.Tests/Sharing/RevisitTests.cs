using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Decider.Web.Tests.Assessments;
using static Decider.Web.Tests.Sharing.SavedPages;

namespace Decider.Web.Tests.Sharing;

/// <summary>When to look at a decision again: the answers it hinges on, and a "revisit by" date.</summary>
public sealed class RevisitTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    // A Rust spike that a second Rust reviewer would turn into "write it in Rust" (an action), and that cheaper
    // failures would turn back to the current stack (a circumstance, so a reason to look again).
    private const string Answers = """{"lifespan":"long-lived","workload":"parser","performance":"important","performance-needs":["memory"],"bottleneck":"runtime-bound","failure-cost":"high","input-trust":"untrusted","runtime-profile":"always-on","change-rate":"stable","boundary":"clear","rust-reviewers":"one","deadline":"flexible","ecosystem":"covered","hiring":"train"}""";
    private const string Trigger = "Revisit when a failure here comes to cost user-visible errors and support tickets: the verdict would become “Stay with the current stack”.";
    private const string Action = "Train or hire a second Rust reviewer → Write it in Rust";

    private readonly HttpClient _client = app.Factory.CreateClient();

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string InDays(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Saved_TheAnswersItHingesOn_AreRevisitSentencesOnPageAdrAndPdf()
    {
        var id = (await SaveAsync(_client, $$"""{"title":"Parser","answers":{{Answers}}}""")).GetProperty("id").GetString()!;

        var page = WebUtility.HtmlDecode(await _client.GetStringAsync($"/a/{id}"));
        var adr = await _client.GetStringAsync($"/a/{id}/adr.md");
        var pdf = await PdfTextAsync(_client, id);

        Assert.Contains("When to look again", page);
        Assert.Contains(Trigger, page);
        Assert.Contains("## When to Revisit", adr);
        Assert.Contains($"* {Trigger}", adr);
        Assert.Contains("When to look again", pdf);
        Assert.Contains(Normalise(Trigger), pdf);
        Assert.Contains("What you could do", page);
        Assert.Contains(Action, System.Text.RegularExpressions.Regex.Replace(page, "<[^>]+>", ""));
        Assert.Contains($"* {Action}", adr);
        Assert.Contains(Normalise(Action), pdf);
        Assert.DoesNotContain("Revisit when two or three people", page);
    }

    [Fact]
    public async Task Saved_TheVerdictLegend_ExplainsEveryVerdictOnPageAndPdf()
    {
        var id = (await SaveAsync(_client, $$"""{"title":"Parser","answers":{{Answers}}}""")).GetProperty("id").GetString()!;

        var page = WebUtility.HtmlDecode(await _client.GetStringAsync($"/a/{id}"));
        var pdf = await PdfTextAsync(_client, id);

        Assert.Contains("What the 6 verdicts mean", page);
        Assert.Contains("Prove it with a Rust spike (this result)", page);
        Assert.Contains("What the verdicts mean", pdf);
        foreach (var title in new[] { "Write it in Rust", "Prove it with a Rust spike", "Stay with the current stack" })
        {
            Assert.Contains(title, page);
            Assert.Contains(title, pdf);
        }
    }

    [Fact]
    public async Task RevisitBy_Ahead_IsReturnedAndShownAsADate()
    {
        var saved = await SaveAsync(_client, $$"""{"title":"Parser","answers":{},"revisitBy":"{{InDays(30)}}"}""");
        var id = saved.GetProperty("id").GetString()!;

        var got = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}");
        var page = await _client.GetStringAsync($"/a/{id}");

        Assert.Equal(InDays(30), got.GetProperty("revisitBy").GetString());
        Assert.Contains("Revisit by ", page);
        Assert.DoesNotContain("due for review", page);
    }

    [Fact]
    public async Task RevisitBy_Passed_PageAndPdfSayTheDecisionIsDueAndLinkToRevise()
    {
        var id = (await SaveAsync(_client, $$"""{"title":"Parser","answers":{},"revisitBy":"{{Today}}"}""")).GetProperty("id").GetString()!;
        await using var later = new DeciderFactory { DataDirectory = app.Factory.DataDirectory, Time = new ShiftedTime(TimeSpan.FromDays(2)) };
        var client = later.CreateClient();

        var page = await client.GetStringAsync($"/a/{id}");
        var pdf = await PdfTextAsync(client, id);

        Assert.Contains("is due for review", page);
        Assert.Contains($"<a href=\"/?revise={id}\">Revise it</a>", page);
        Assert.Contains("Due for review: to be revisited by", pdf);
    }

    [Theory]
    [InlineData("\"2020-01-01\"", "today or a later date")]
    [InlineData("\"2099-01-01\"", "at most 10 years ahead")]
    [InlineData("\"31/12/2027\"", "yyyy-MM-dd")]
    [InlineData("20271231", "Revisit by must be a date written as yyyy-MM-dd")]
    public async Task RevisitBy_NotAUsableDate_Is400NamingTheField(string value, string message)
    {
        var response = await _client.PostAsync("/api/v1/assessments",
            new StringContent($$"""{"title":"Parser","answers":{},"revisitBy":{{value}}}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(message, errors.GetProperty("revisitBy")[0].GetString());
    }
}
