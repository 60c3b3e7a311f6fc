using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Decider.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Decider.Web.Tests.Sharing.SavedPages;

namespace Decider.Web.Tests.Assessments;

/// <summary>A saved decision starts proposed; its owner key accepts, rejects or supersedes it, appended and shown everywhere.</summary>
public sealed class SignOffTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    private const string Answers = """{"age":"lasting","speed":"critical","stakes":"high","reviewers":"one"}""";

    private readonly HttpClient _client = app.Factory.CreateClient();

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Saved_IsProposedWithNoHistory()
    {
        var (id, _) = await SaveAsync();

        var got = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}");

        Assert.Equal("proposed", got.GetProperty("status").GetString());
        Assert.Equal(0, got.GetProperty("statusHistory").GetArrayLength());
        Assert.Contains("* Status: proposed", await _client.GetStringAsync($"/a/{id}/adr.md"));
        Assert.Contains("Not signed off yet.", await _client.GetStringAsync($"/a/{id}"));
    }

    [Fact]
    public async Task Accepted_WithTheOwnerKey_IsAppendedAndShownOnEveryPage_AndTheResultNeverChanges()
    {
        var (id, key) = await SaveAsync();
        var before = await StoredReportAsync(id);
        await _client.GetStringAsync($"/a/{id}");

        var response = await SignOffAsync(id, key, $$"""{"status":"accepted","by":"Ana <b>Lima</b>","on":"{{Today}}","note":"Agreed in review"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("accepted", body.GetProperty("status").GetString());
        var change = body.GetProperty("statusHistory")[0];
        Assert.Equal(("Ana <b>Lima</b>", Today, "Agreed in review"), (change.GetProperty("by").GetString(), change.GetProperty("on").GetString(), change.GetProperty("note").GetString()));
        Assert.Equal(before, await StoredReportAsync(id));
        var page = await _client.GetStringAsync($"/a/{id}");
        Assert.Contains("<span class=\"status-badge\">Accepted</span>", page);
        Assert.Contains("Ana &lt;b&gt;Lima&lt;/b&gt;", page);
        var adr = await _client.GetStringAsync($"/a/{id}/adr.md");
        Assert.Contains("* Status: accepted", adr);
        Assert.Contains("* Deciders: Ana &lt;b&gt;Lima&lt;/b&gt;", adr);
        Assert.Contains($"* Date: {Today}", adr);
        Assert.Contains($"Status: Accepted — Ana <b>Lima</b>, {Today}: Agreed in review", await PdfTextAsync(_client, id));
    }

    [Fact]
    public async Task Superseded_NeedsARevisionOfIt_AndThenTakesNoMore()
    {
        var (id, key) = await SaveAsync();
        var (other, _) = await SaveAsync();
        var (revision, _) = await SaveAsync(revises: id);

        var notARevision = await SignOffAsync(id, key, $$"""{"status":"superseded","by":"Ana","on":"{{Today}}","supersededBy":"{{other}}"}""");
        var superseded = await SignOffAsync(id, key, $$"""{"status":"superseded","by":"Ana","on":"{{Today}}","supersededBy":"{{revision}}"}""");
        var after = await SignOffAsync(id, key, $$"""{"status":"accepted","by":"Ana","on":"{{Today}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, notARevision.StatusCode);
        Assert.Contains("revision of this decision", (await notARevision.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("supersededBy")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, superseded.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, after.StatusCode);
        Assert.Contains($"* Status: superseded by <http://localhost/a/{revision}>", await _client.GetStringAsync($"/a/{id}/adr.md"));
        var compare = await _client.GetStringAsync($"/compare/{id}/{revision}");
        Assert.Contains("Superseded by the revision", compare);
        Assert.Contains("Proposed: not signed off yet", compare);
    }

    [Fact]
    public async Task SignOff_WithoutTheRightKey_Is403_AndForNoAssessment404()
    {
        var (id, _) = await SaveAsync();
        var body = $$"""{"status":"accepted","by":"Ana","on":"{{Today}}"}""";

        Assert.Equal(HttpStatusCode.Forbidden, (await SignOffAsync(id, null, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SignOffAsync(id, "not-the-key", body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SignOffAsync("AAAAAAAAAAAAAAAAAAAAAA", "key", body)).StatusCode);
    }

    [Theory]
    [InlineData("""{"status":"proposed","by":"Ana","on":"2026-12-01"}""", "status", "accepted, rejected or superseded")]
    [InlineData("""{"status":"accepted","on":"2026-12-01"}""", "by", "By is required")]
    [InlineData("""{"status":"accepted","by":"Ana","on":"1/12/2026"}""", "on", "yyyy-MM-dd")]
    [InlineData("""{"status":"accepted","by":"Ana","on":"2999-01-01"}""", "on", "cannot be a date in the future")]
    [InlineData("""{"status":"accepted","by":"Ana","on":"2020-01-01"}""", "on", "cannot be before the decision was saved")]
    [InlineData("""{"status":"rejected","by":"Ana","on":"2026-12-01","supersededBy":"x"}""", "supersededBy", "only with the status superseded")]
    [InlineData("""{"status":"accepted","by":"Ana","on":"2026-12-01","extra":1}""", "extra", "There is no field 'extra'")]
    public async Task SignOff_NotValid_Is400NamingTheFieldInWords(string body, string field, string message)
    {
        var (id, key) = await SaveAsync();

        var response = await SignOffAsync(id, key, body.Replace("2026-12-01", Today, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString());
    }

    private async Task<HttpResponseMessage> SignOffAsync(string id, string? key, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/assessments/{id}/status") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("X-Delete-Token", key);
        }
        return await _client.SendAsync(request);
    }

    private async Task<(string Id, string Key)> SaveAsync(string? revises = null)
    {
        var saved = await Sharing.SavedPages.SaveAsync(_client, $$"""{"title":"Parser","answers":{{Answers}},"revises":{{JsonSerializer.Serialize(revises)}}}""");
        return (saved.GetProperty("id").GetString()!, saved.GetProperty("deleteToken").GetString()!);
    }

    private async Task<string> StoredReportAsync(string id)
    {
        using var scope = app.Factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<DeciderDbContext>().Assessments.AsNoTracking().SingleAsync(a => a.Id == id)).ReportJson;
    }
}
