using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Decider.Web.Tests.Assessments;
using static Decider.Web.Tests.Sharing.SavedPages;

namespace Decider.Web.Tests.Sharing;

/// <summary>When to look at a decision again: the answers it hinges on, and a "revisit by" date.</summary>
public sealed class RevisitTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    // A spike that a second reviewer would turn into Rust (an action), and that speed ceasing to matter would turn
    // back to the current stack (a circumstance, so a reason to look again).
    private const string Answers = """{"age":"lasting","speed":"critical","speed-targets":["memory"],"stakes":"high","reviewers":"one","calendar":"relaxed"}""";
    private const string Trigger = "Revisit when test speed stops mattering: the verdict would become “Test verdict stay”.";
    private const string Action = "Find a second test reviewer → Test verdict Rust";

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
        Assert.DoesNotContain("Revisit when", page.Replace(Trigger, "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saved_TheVerdictLegend_ExplainsEveryVerdictOnPageAndPdf()
    {
        var id = (await SaveAsync(_client, $$"""{"title":"Parser","answers":{{Answers}}}""")).GetProperty("id").GetString()!;

        var page = WebUtility.HtmlDecode(await _client.GetStringAsync($"/a/{id}"));
        var pdf = await PdfTextAsync(_client, id);

        Assert.Contains("What the 3 verdicts mean", page);
        Assert.Contains("Test verdict spike (this result)", page);
        Assert.Contains("What the verdicts mean", pdf);
        foreach (var title in new[] { "Test verdict Rust", "Test verdict spike", "Test verdict stay" })
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
        await using var later = new DeciderFactory { DataDirectory = app.Factory.DataDirectory, ContentDirectory = TestContent.Directory, Time = new ShiftedTime(TimeSpan.FromDays(2)) };
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
