using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Decider.Web.Tests.Sharing.SavedPages;

namespace Decider.Web.Tests.Assessments;

/// <summary>A saved assessment read back after the content it was saved under has changed.</summary>
public sealed class TodaysResultTests : IAsyncLifetime
{
    private const string Answers = """{"lifespan":"long-lived","workload":"parser","performance":"important","performance-needs":["memory"],"bottleneck":"runtime-bound","failure-cost":"high","input-trust":"untrusted","runtime-profile":"always-on","change-rate":"stable","boundary":"clear","rust-reviewers":"one","deadline":"flexible","ecosystem":"covered","hiring":"train"}""";
    private const string ReviewersOne = "weight: 8\n    when: { rust-reviewers: one }";

    private readonly EditableContentApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    [Fact]
    public async Task ContentUnchanged_NothingIsShown()
    {
        var id = await SaveParserAsync();

        var got = await _app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}");

        Assert.Equal(JsonValueKind.Null, got.GetProperty("current").ValueKind);
        Assert.DoesNotContain("Under today", await _app.Client.GetStringAsync($"/a/{id}"));
        Assert.DoesNotContain("UNDER TODAY", await PdfTextAsync(_app.Client, id));
    }

    [Fact]
    public async Task RuleReweighted_IsReportedExactlyWithTheFileThatChanged()
    {
        var id = await SaveParserAsync();
        var stored = (await _app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}")).GetProperty("result").GetRawText();

        _app.Edit("questions/rust-reviewers.md", ReviewersOne, ReviewersOne.Replace("weight: 8", "weight: 11", StringComparison.Ordinal));
        var got = await _app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}");
        var current = got.GetProperty("current");

        Assert.Equal(stored, got.GetProperty("result").GetRawText());
        Assert.Equal(_app.Store.Content.Version, current.GetProperty("contentVersion").GetString());
        Assert.Equal("rust-spike", current.GetProperty("verdictThen").GetProperty("id").GetString());
        Assert.Equal(current.GetProperty("result").GetProperty("verdict").GetProperty("id").GetString(), current.GetProperty("verdict").GetProperty("id").GetString());
        Assert.Empty(current.GetProperty("reasonsGained").EnumerateArray());
        Assert.Empty(current.GetProperty("reasonsLost").EnumerateArray());
        var reweighted = Assert.Single(current.GetProperty("reasonsReweighted").EnumerateArray());
        Assert.Equal("reviewers-one", reweighted.GetProperty("id").GetString());
        Assert.Equal("against", reweighted.GetProperty("direction").GetString());
        Assert.Equal(8, reweighted.GetProperty("weightThen").GetInt32());
        Assert.Equal(11, reweighted.GetProperty("weightNow").GetInt32());
        var file = Assert.Single(current.GetProperty("changedFiles").EnumerateArray());
        Assert.Equal("questions/rust-reviewers.md", file.GetProperty("file").GetString());
        Assert.Equal("changed", file.GetProperty("change").GetString());
        Assert.Equal(got.GetProperty("result").GetProperty("rustFit").GetInt32(), current.GetProperty("rustFitThen").GetInt32());
        Assert.True(current.GetProperty("rustFit").GetInt32() < current.GetProperty("rustFitThen").GetInt32());
        Assert.Equal(got.GetProperty("result").GetProperty("need").GetInt32(), current.GetProperty("need").GetInt32());
        Assert.Equal(got.GetProperty("result").GetProperty("readiness").GetInt32(), current.GetProperty("readinessThen").GetInt32());
        Assert.True(current.GetProperty("readiness").GetInt32() < current.GetProperty("readinessThen").GetInt32());
    }

    [Fact]
    public async Task RulesMoved_GainedAndLostReasonsAndTheNewVerdict_OnApiPageAndPdf()
    {
        var id = await SaveParserAsync();

        // The "two or three reviewers" reason now applies to one reviewer, and the "only one reviewer" reason no longer does.
        _app.Edit("questions/rust-reviewers.md", "when: { rust-reviewers: two-plus }", "when: { rust-reviewers: one }", "when: { rust-reviewers: one }\n    sources: [product-teams]\n    quotes:\n      product-teams: \"One strong", "when: { rust-reviewers: none }\n    sources: [product-teams]\n    quotes:\n      product-teams: \"One strong");
        var current = (await _app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}")).GetProperty("current");
        var page = WebUtility.HtmlDecode(await _app.Client.GetStringAsync($"/a/{id}"));
        var pdf = await PdfTextAsync(_app.Client, id);

        Assert.Equal("reviewers-two-plus", Assert.Single(current.GetProperty("reasonsGained").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("reviewers-one", Assert.Single(current.GetProperty("reasonsLost").EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty(current.GetProperty("reasonsReweighted").EnumerateArray());
        Assert.True(current.GetProperty("rustFit").GetInt32() > current.GetProperty("rustFitThen").GetInt32());
        var now = current.GetProperty("verdict").GetProperty("title").GetString()!;
        var would = current.GetProperty("verdictChanged").GetBoolean() ? "would be" : "would still be";
        Assert.Contains($"Under today's content this {would} “{now}”", page);
        Assert.Contains("Reasons gained", page);
        Assert.Contains("Reasons lost", page);
        Assert.Contains("questions/rust-reviewers.md (changed)", page);
        Assert.Contains("UNDER TODAY'S CONTENT", pdf);
        Assert.Contains(Normalise($"This {would} {now}"), pdf);
        Assert.Contains("questions/rust-reviewers.md (changed)", pdf);
    }

    [Fact]
    public async Task OptionRemoved_TheAnswerIsLeftOutAndNamed()
    {
        var id = await SaveParserAsync();

        _app.Edit("questions/hiring.md", "  - id: train\n", "  - id: coach\n", "hiring: train", "hiring: coach");
        var current = (await _app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}")).GetProperty("current");

        Assert.Equal(["hiring"], current.GetProperty("answersNoLongerAccepted").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await _app.Client.GetAsync($"/a/{id}")).StatusCode);
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    private async Task<string> SaveParserAsync() =>
        (await SaveAsync(_app.Client, $$"""{"title":"Parser","answers":{{Answers}}}""")).GetProperty("id").GetString()!;
}
