using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Decider.Web.Tests.Assessments;
using UglyToad.PdfPig;

namespace Decider.Web.Tests.Systems;

/// <summary>A saved system over time: due for review after its revisit date, revised, and compared with its revision.</summary>
public sealed class SystemRevisionTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    private readonly HttpClient _client = app.Factory.CreateClient();

    private async Task<string> SaveAsync(string json)
    {
        var saved = await _client.PostAsync("/api/v1/systems", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        return JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    // A spike with one reviewer, Rust with two (the test content's worked case).
    private const string Parser = """{"name":"Parser","answers":{"age":"lasting","speed":"critical","stakes":"high"}}""";

    [Fact]
    public async Task RevisitBy_Passed_PageAndPdfSayTheSystemIsDue()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var id = await SaveAsync($$"""{"title":"Uploads","team":{"reviewers":"one"},"components":[{{Parser}}],"revisitBy":"{{today}}"}""");
        Assert.DoesNotContain("due for", await _client.GetStringAsync($"/s/{id}"));

        await using var later = new DeciderFactory { DataDirectory = app.Factory.DataDirectory, ContentDirectory = TestContent.Directory, Time = new ShiftedTime(TimeSpan.FromDays(2)) };
        var client = later.CreateClient();
        var page = await client.GetStringAsync($"/s/{id}");
        using var pdf = PdfDocument.Open(await client.GetByteArrayAsync($"/s/{id}/report.pdf"));

        Assert.Contains("and is due for", page);
        Assert.Contains("review: save a revision with what the team knows now.", page);
        Assert.Contains("Due for review: to be revisited by", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
    }

    [Fact]
    public async Task Revision_LinksToItsParent_AndTheCompareTableShowsWhatMoved()
    {
        var first = await SaveAsync($$$"""{"title":"Uploads","team":{"reviewers":"one"},"components":[{{{Parser}}},{"name":"Admin","answers":{"age":"throwaway"}}]}""");
        var second = await SaveAsync($$$"""{"title":"Uploads","team":{"reviewers":"two"},"components":[{{{Parser}}},{"name":"Worker","answers":{}}],"revises":"{{{first}}}"}""");

        var page = await _client.GetStringAsync($"/s/{second}");
        Assert.Contains($"<a href=\"/compare/systems/{first}/{second}\">compare the two</a>", page);
        Assert.Contains($"<a href=\"/systems?revise={second}\">Revise this system</a>", page);

        var parent = await _client.GetStringAsync($"/s/{first}");
        Assert.Contains("Revised since:", parent);
        Assert.Contains($"<a href=\"/compare/systems/{first}/{second}\">compare</a>", parent);

        var compare = WebUtility.HtmlDecode(await _client.GetStringAsync($"/compare/systems/{first}/{second}"));
        Assert.Contains("<small>earlier · saved", compare);
        Assert.Contains("<small>the revision · saved", compare);
        Assert.Contains("<h1>Comparing two systems</h1>", compare);
        Assert.Contains("<tr class=\"changed\"><th scope=\"row\">Parser</th><td>Test verdict spike", compare);
        Assert.Contains("<td>Test verdict Rust", compare);
        Assert.Contains("<th scope=\"row\">Worker</th><td>Not in this system</td>", compare);
        Assert.Contains("<th scope=\"row\">Admin</th><td>Test verdict stay", compare);
        Assert.Contains("<th scope=\"row\">Team: Test question about reviewers?</th><td>Test one person</td><td>Test two people</td>", compare);
        Assert.DoesNotContain("blazor.web.js", compare);
    }

    [Fact]
    public async Task Compare_UnknownSystem_IsNotFound()
    {
        var id = await SaveAsync($$"""{"title":"Uploads","team":{},"components":[{{Parser}}]}""");

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/compare/systems/{id}/AAAAAAAAAAAAAAAAAAAAAA")).StatusCode);
    }
}
