using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Decider.Web.Infrastructure;
using Decider.Web.Tests.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Decider.Web.Tests.Sharing.SavedPages;

namespace Decider.Web.Tests.Sharing;

/// <summary>
/// A result saved under the model before need and readiness keeps its stored verdict and fit; its pages show what
/// today's content would decide, with the two scores.
/// </summary>
public sealed class SavedBeforeTwoAxesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Answers = """{"lifespan":"long-lived","workload":"parser","failure-cost":"high","rust-reviewers":"one"}""";

    private readonly HttpClient _client = app.Factory.CreateClient();

    [Fact]
    public async Task OldReport_KeepsItsVerdictAndFit_AndShowsTodaysScores()
    {
        var id = (await SaveAsync(_client, $$"""{"title":"Old parser","answers":{{Answers}}}""")).GetProperty("id").GetString()!;
        await MakeItLookSavedBeforeTheTwoAxesAsync(id);

        var got = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}");
        var page = WebUtility.HtmlDecode(await _client.GetStringAsync($"/a/{id}"));
        var pdf = await PdfTextAsync(_client, id);

        Assert.Equal("go", got.GetProperty("result").GetProperty("verdict").GetProperty("id").GetString());
        Assert.Equal(41, got.GetProperty("result").GetProperty("rustFit").GetInt32());
        var current = got.GetProperty("current");
        Assert.Equal("go", current.GetProperty("verdictThen").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, current.GetProperty("needThen").ValueKind);
        Assert.InRange(current.GetProperty("need").GetInt32(), 51, 100);
        Assert.Contains("Rust fit 41", page);
        Assert.Contains("For Rust", page);
        Assert.DoesNotContain("What the component needs", page);
        Assert.Contains($"need {current.GetProperty("need").GetInt32()}, readiness {current.GetProperty("readiness").GetInt32()}", page);
        Assert.Contains("Rust fit 41/100", pdf);
    }

    /// <summary>Rewrites the stored row as the old model saved it: a go verdict at fit 41, no scores, axes or quotes.</summary>
    private async Task MakeItLookSavedBeforeTheTwoAxesAsync(string id)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DeciderDbContext>();
        var row = await db.Assessments.AsNoTracking().SingleAsync(a => a.Id == id);
        var report = JsonNode.Parse(row.ReportJson)!.AsObject();
        foreach (var added in new[] { "scores", "whereSourcesDiffer", "findOutFirst", "decidingAnswers" })
        {
            report.Remove(added);
        }
        report["verdict"]!["id"] = "go";
        report["verdict"]!["title"] = "Use Go";
        report["rustFit"] = 41;
        foreach (var reason in report["reasons"]!.AsArray())
        {
            reason!.AsObject().Remove("axis");
            reason.AsObject().Remove("quotes");
        }
        var result = report["result"]!.AsObject();
        result["verdict"]!["id"] = "go";
        result["rustFit"] = 41;
        foreach (var added in new[] { "need", "readiness", "findOutFirst", "whereSourcesDiffer" })
        {
            result.Remove(added);
        }
        await db.Assessments.Where(a => a.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.ReportJson, report.ToJsonString())
            .SetProperty(a => a.ContentVersion, "before-two-axes"));
    }
}
