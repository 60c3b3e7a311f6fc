using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Decider.Web.Tests.Assessments;

namespace Decider.Web.Tests.Spikes;

/// <summary>A spike planned from a saved spike verdict, checked in on and reviewed, on each storage provider.</summary>
public abstract class SpikesApiTests(DeciderFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // product-teams' parser: a spike with one reviewer.
    private const string SpikeAnswers = """
        {"lifespan":"long-lived","workload":"parser","performance":"important","performance-needs":["memory"],"bottleneck":"runtime-bound",
         "failure-cost":"high","input-trust":"untrusted","runtime-profile":"always-on","change-rate":"stable","boundary":"clear",
         "ecosystem":"covered","rust-reviewers":"one","deadline":"flexible","hiring":"train","current-stack":"typescript"}
        """;

    private async Task<string> SaveAssessmentAsync(string answers)
    {
        var saved = await _client.PostAsync("/api/v1/assessments", Json($$"""{"title":"File parser","answers":{{answers}}}"""));
        var body = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("id").GetString()!;
    }

    private JsonObject Plan(string assessment) => new()
    {
        ["assessment"] = assessment,
        ["module"] = "File parser",
        ["boundary"] = "Takes an uploaded file and job metadata, returns parsed rows or a clear error.",
        ["pair"] = "Ana and Ben",
        ["start"] = Today,
        ["metrics"] = new JsonArray(
            new JsonObject { ["name"] = "Crash rate", ["unit"] = "crashes a week", ["baseline"] = 12, ["target"] = 3, ["direction"] = "lowerIsBetter" },
            new JsonObject { ["name"] = "Support tickets", ["unit"] = "tickets a week", ["baseline"] = 9, ["target"] = 4, ["direction"] = "lowerIsBetter" }),
        ["rules"] = new JsonArray(
            new JsonObject { ["outcome"] = "rollBack", ["when"] = "anyWorseThanBaseline" },
            new JsonObject { ["outcome"] = "continue", ["when"] = "allTargetsMet" },
            new JsonObject { ["outcome"] = "stop", ["when"] = "noTargetMet" }),
    };

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<(string Id, string Key)> PlanAsync()
    {
        var response = await _client.PostAsync("/api/v1/spikes", Json(Plan(await SaveAssessmentAsync(SpikeAnswers)).ToJsonString()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal($"/p/{body.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        return (body.GetProperty("id").GetString()!, body.GetProperty("editKey").GetString()!);
    }

    private async Task<HttpResponseMessage> CheckInAsync(string id, string? key, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/spikes/{id}/check-ins") { Content = Json(json) };
        if (key is not null)
        {
            request.Headers.Add("X-Edit-Key", key);
        }
        return await _client.SendAsync(request);
    }

    [Fact]
    public async Task Plan_ThenTwoCheckIns_TheReviewAppliesTheRulesAsWritten()
    {
        var (id, key) = await PlanAsync();
        var before = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/spikes/{id}")).RootElement;
        Assert.Equal("running", before.GetProperty("state").GetString());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(41).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), before.GetProperty("end").GetString());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("review").GetProperty("fired").ValueKind);
        Assert.Equal("No rule fired: Crash rate and Support tickets have no check-in yet.", before.GetProperty("review").GetProperty("why").GetString());

        Assert.Equal(HttpStatusCode.Created, (await CheckInAsync(id, key, $$"""{"metric":"Crash rate","on":"{{Today}}","value":3,"note":"first week in production"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CheckInAsync(id, key, $$"""{"metric":"Support tickets","on":"{{Today}}","value":4}""")).StatusCode);

        var after = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/spikes/{id}")).RootElement;
        Assert.Equal(2, after.GetProperty("checkIns").GetArrayLength());
        Assert.Equal("first week in production", after.GetProperty("checkIns")[0].GetProperty("note").GetString());
        Assert.Equal("""{"outcome":"continue","when":"allTargetsMet"}""", after.GetProperty("review").GetProperty("fired").GetRawText());
        Assert.StartsWith("Every metric meets its target: Crash rate 3 crashes a week (baseline 12, target 3)", after.GetProperty("review").GetProperty("why").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_WithoutTheEditKey_Is403_AndNothingIsRecorded()
    {
        var (id, _) = await PlanAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await CheckInAsync(id, null, $$"""{"metric":"Crash rate","on":"{{Today}}","value":3}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CheckInAsync(id, "wrong", $$"""{"metric":"Crash rate","on":"{{Today}}","value":3}""")).StatusCode);
        Assert.Equal(0, JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/spikes/{id}")).RootElement.GetProperty("checkIns").GetArrayLength());
    }

    [Fact]
    public async Task CheckIn_NotJsonOfItsShape_SaysWhatIsWrongWithoutSpeakingOfAnswers()
    {
        var (id, editKey) = await PlanAsync();

        var response = await CheckInAsync(id, editKey, """{"metric":"Crash rate","on":"2026-12-01","value":"three"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Fix the fields listed under 'errors'.", body.GetProperty("detail").GetString());
        Assert.Equal("Value must be a number.", body.GetProperty("errors").GetProperty("value")[0].GetString());
    }

    [Theory]
    [InlineData("""{"metric":"Latency","on":"TODAY","value":3}""", "metric", "The plan has no metric “Latency”; its metrics: Crash rate, Support tickets.")]
    [InlineData("""{"metric":"Crash rate","on":"2999-01-01","value":3}""", "on", "may not be in the future")]
    [InlineData("""{"metric":"Crash rate","on":"2020-01-01","value":3}""", "on", "at most 90 days before the spike starts")]
    [InlineData("""{"metric":"Crash rate","on":"TODAY"}""", "value", "Value is required")]
    [InlineData("""{"metric":"Crash rate","on":"TODAY","value":"3"}""", "value", "a number")]
    public async Task CheckIn_NotUsable_Is400NamingTheField(string body, string key, string message)
    {
        var (id, editKey) = await PlanAsync();

        var response = await CheckInAsync(id, editKey, body.Replace("TODAY", Today, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains(message, errors.GetProperty(key)[0].GetString());
    }

    [Theory]
    [InlineData("module", null, "module", "Module is required")]
    [InlineData("start", "31/12/2027", "start", "yyyy-MM-dd")]
    [InlineData("weeks", 40, "weeks", "Weeks must be from 1 to 12")]
    [InlineData("metrics", null, "metrics", "1 to 20 success metrics")]
    [InlineData("rules", null, "rules", "1 to 3 rules")]
    public async Task Plan_MissingOrWrong_Is400NamingTheField(string field, object? value, string key, string message)
    {
        var plan = Plan(await SaveAssessmentAsync(SpikeAnswers));
        plan[field] = value is null ? null : JsonValue.Create(value);

        var response = await _client.PostAsync("/api/v1/spikes", Json(plan.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains(message, errors.GetProperty(key)[0].GetString());
    }

    [Fact]
    public async Task Plan_MetricsThatCannotBeChecked_AreNamedOneByOne()
    {
        var plan = Plan(await SaveAssessmentAsync(SpikeAnswers));
        plan["metrics"] = new JsonArray(
            new JsonObject { ["name"] = "Crash rate", ["unit"] = "crashes a week", ["baseline"] = 12, ["target"] = 20, ["direction"] = "lowerIsBetter" },
            new JsonObject { ["name"] = "crash rate", ["unit"] = "", ["baseline"] = 1, ["target"] = 2, ["direction"] = "higherIsBetter" });

        var errors = JsonDocument.Parse(await (await _client.PostAsync("/api/v1/spikes", Json(plan.ToJsonString()))).Content.ReadAsStringAsync())
            .RootElement.GetProperty("errors");

        Assert.Equal("The target must be better than the baseline: lower than 12.", errors.GetProperty("metrics[0].target")[0].GetString());
        Assert.Equal("The metric “crash rate” is listed twice.", errors.GetProperty("metrics[1].name")[0].GetString());
        Assert.Contains("unit is required", errors.GetProperty("metrics[1].unit")[0].GetString());
    }

    [Fact]
    public async Task Plan_FromAVerdictThatStaysOnTheCurrentStack_IsRefused()
    {
        var stay = await SaveAssessmentAsync("""{"workload":"frontend","change-rate":"weekly","performance":"not-primary"}""");

        var response = await _client.PostAsync("/api/v1/spikes", Json(Plan(stay).ToJsonString()));

        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("whose verdict is a Rust spike, Rust or a Rust library", errors.GetProperty("assessment")[0].GetString());
    }

    private async Task<HttpResponseMessage> EndAsync(string id, string? key, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/spikes/{id}/end") { Content = Json(json) };
        if (key is not null)
        {
            request.Headers.Add("X-Edit-Key", key);
        }
        return await _client.SendAsync(request);
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response, string key) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty(key)[0].GetString()!;

    [Fact]
    public async Task End_ExtendOnce_ThenContinue_EndsTheSpikeWithTheReviewAtThatMoment()
    {
        var (id, key) = await PlanAsync();
        await CheckInAsync(id, key, $$"""{"metric":"Crash rate","on":"{{Today}}","value":2}""");

        var extended = await EndAsync(id, key, """{"outcome":"extend","reason":"Tickets lag a month behind crashes.","weeks":3}""");
        Assert.Equal(HttpStatusCode.Created, extended.StatusCode);
        var spike = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/spikes/{id}")).RootElement;
        Assert.Equal(9, spike.GetProperty("plan").GetProperty("weeks").GetInt32());
        Assert.Equal("running", spike.GetProperty("state").GetString());
        Assert.Contains("extended once already", await ErrorAsync(await EndAsync(id, key, """{"outcome":"extend","reason":"More.","weeks":1}"""), "outcome"));

        await CheckInAsync(id, key, $$"""{"metric":"Support tickets","on":"{{Today}}","value":3}""");
        var continued = await EndAsync(id, key, """{"outcome":"continue","reason":"Crashes and tickets both fell below target."}""");
        Assert.Equal(HttpStatusCode.Created, continued.StatusCode);
        var ended = JsonDocument.Parse(await continued.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("Continue. Every metric meets its target", ended.GetProperty("review").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(await extended.Content.ReadAsStringAsync()).RootElement.GetProperty("revision").ValueKind);

        spike = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/spikes/{id}")).RootElement;
        Assert.Equal("ended", spike.GetProperty("state").GetString());
        Assert.Equal(["extend", "continue"], spike.GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("outcome").GetString()));
        Assert.Contains("has ended already", await ErrorAsync(await EndAsync(id, key, """{"outcome":"stop","reason":"Changed our minds."}"""), "outcome"));
        Assert.Contains("has ended", await ErrorAsync(await CheckInAsync(id, key, $$"""{"metric":"Crash rate","on":"{{Today}}","value":9}"""), "body"));
    }

    [Fact]
    public async Task End_Continue_SavesARevisionOfTheDecisionWithVerdictRustCitingTheSpike()
    {
        var assessment = await SaveAssessmentAsync(SpikeAnswers);
        var planned = JsonDocument.Parse(await (await _client.PostAsync("/api/v1/spikes", Json(Plan(assessment).ToJsonString()))).Content.ReadAsStringAsync()).RootElement;
        var (id, key) = (planned.GetProperty("id").GetString()!, planned.GetProperty("editKey").GetString()!);
        await CheckInAsync(id, key, $$"""{"metric":"Crash rate","on":"{{Today}}","value":3}""");
        await CheckInAsync(id, key, $$"""{"metric":"Support tickets","on":"{{Today}}","value":4}""");

        var ended = JsonDocument.Parse(await (await EndAsync(id, key, """{"outcome":"continue","reason":"Crashes fell from 12 to 3 a week."}""")).Content.ReadAsStringAsync()).RootElement;

        var revision = ended.GetProperty("revision");
        var revisionId = revision.GetProperty("id").GetString()!;
        Assert.Equal($"http://localhost/a/{revisionId}", revision.GetProperty("url").GetString());
        Assert.False(string.IsNullOrEmpty(revision.GetProperty("deleteToken").GetString()));
        Assert.Equal(revisionId, ended.GetProperty("revisionId").GetString());
        var saved = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/assessments/{revisionId}")).RootElement;
        Assert.Equal(assessment, saved.GetProperty("revises").GetString());
        Assert.Equal("File parser", saved.GetProperty("title").GetString());
        var result = saved.GetProperty("result");
        Assert.Equal("rust", result.GetProperty("verdict").GetProperty("id").GetString());
        Assert.Equal("spike-continue", result.GetProperty("decidedBy").GetProperty("id").GetString());
        var why = result.GetProperty("decidedBy").GetProperty("text").GetString()!;
        Assert.Contains("the lead chose to continue", why);
        Assert.Contains("the rules as written gave: Continue. Every metric meets its target", why);
        Assert.Contains("What the numbers showed: Crashes fell from 12 to 3 a week.", why);
        Assert.Equal(["product-teams"], result.GetProperty("decidedBy").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Empty(result.GetProperty("counterfactuals").EnumerateArray());
        Assert.Equal(JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/assessments/{assessment}")).RootElement.GetProperty("answers").GetRawText(),
            saved.GetProperty("answers").GetRawText());

        var page = WebUtility.HtmlDecode(await _client.GetStringAsync($"/a/{revisionId}"));
        Assert.Contains($"href=\"/p/{id}\"", page);
        Assert.Contains("Look again in a year with the maintenance test of “Rust for product teams”: can two or three engineers explain the service without its author", page);
        // After continue, product-teams' maintenance test a year on is the revision's revisit date.
        Assert.Contains("Revisit by " + DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("d MMMM yyyy", CultureInfo.InvariantCulture), page);
        Assert.Contains($"href=\"/a/{revisionId}\"", await _client.GetStringAsync($"/p/{id}"));
        var parent = await _client.GetStringAsync($"/a/{assessment}");
        Assert.Contains($"Revised since: the latest revision is <a href=\"/a/{revisionId}\">", parent);
        Assert.Contains($"href=\"/p/{id}\">The spike</a>", parent);
        Assert.Equal(JsonValueKind.Array, result.GetProperty("openQuestions").ValueKind);
        Assert.Empty(result.GetProperty("openQuestions").EnumerateArray());
        Assert.Equal("high", result.GetProperty("confidence").GetString());

        // One spike per decision: a second plan from it is refused, pointing at the first.
        var again = await _client.PostAsync("/api/v1/spikes", Json(Plan(assessment).ToJsonString()));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains($"A spike is already planned from this result; record what it measures on its page, /p/{id}.", await ErrorAsync(again, "assessment"));
    }

    [Fact]
    public async Task End_Stop_SavesARevisionWithTheCurrentStackAndTheLesson()
    {
        var (id, key) = await PlanAsync();
        await CheckInAsync(id, key, $$"""{"metric":"Crash rate","on":"{{Today}}","value":15}""");

        var ended = JsonDocument.Parse(await (await EndAsync(id, key, """{"outcome":"stop","reason":"Every small change took twice as long."}""")).Content.ReadAsStringAsync()).RootElement;

        var result = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/assessments/{ended.GetProperty("revision").GetProperty("id").GetString()}"))
            .RootElement.GetProperty("result");
        Assert.Equal("current-stack", result.GetProperty("verdict").GetProperty("id").GetString());
        var why = result.GetProperty("decidedBy").GetProperty("text").GetString()!;
        Assert.Contains("Roll back. Crash rate is worse than the baseline", why);
        Assert.Contains("The lesson: Every small change took twice as long.", why);
        // Stop answers a roll back: the lead followed the rules.
        Assert.DoesNotContain("decided otherwise", why);
    }

    [Fact]
    public async Task End_ContinueOnALibraryRollout_KeepsTheLibraryVerdict()
    {
        var library = await SaveAssessmentAsync("""
            {"lifespan":"long-lived","workload":"cpu-worker","performance":"primary","performance-needs":["cpu-bound","p99-latency"],"bottleneck":"runtime-bound",
             "failure-cost":"moderate","input-trust":"trusted","runtime-profile":"always-on","change-rate":"stable","boundary":"clear","rust-reviewers":"two-plus",
             "deadline":"flexible","ecosystem":"covered","hiring":"train","scale":"large","current-stack":"python","integration":"library-ok"}
            """);
        Assert.Equal("rust-library", JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/assessments/{library}")).RootElement
            .GetProperty("result").GetProperty("verdict").GetProperty("id").GetString());
        var planned = JsonDocument.Parse(await (await _client.PostAsync("/api/v1/spikes", Json(Plan(library).ToJsonString()))).Content.ReadAsStringAsync()).RootElement;

        var ended = await EndAsync(planned.GetProperty("id").GetString()!, planned.GetProperty("editKey").GetString()!, """{"outcome":"continue","reason":"The hot path is 4x faster."}""");

        var revision = JsonDocument.Parse(await ended.Content.ReadAsStringAsync()).RootElement.GetProperty("revision").GetProperty("id").GetString();
        var result = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/assessments/{revision}")).RootElement.GetProperty("result");
        Assert.Equal("rust-library", result.GetProperty("verdict").GetProperty("id").GetString());
        // With no check-in no rule fired, so continuing was the lead's call alone, and the why says so.
        Assert.Contains("No rule fired", result.GetProperty("decidedBy").GetProperty("text").GetString());
        Assert.Contains("The lead decided otherwise.", result.GetProperty("decidedBy").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Suggestions_ForAParserWithOneReviewer_ComeFromTheContentWithWhyAndSources()
    {
        var suggestions = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/assessments/{await SaveAssessmentAsync(SpikeAnswers)}/spike-suggestions")).RootElement;

        Assert.Equal(6, suggestions.GetProperty("defaultWeeks").GetInt32());
        var metrics = suggestions.GetProperty("metrics").EnumerateArray().ToList();
        // Review time measures what the verdict turns on, one reviewer, so it comes first; the rest in the content's order.
        Assert.Equal(["review-time", "resident-memory", "crash-rate", "production-errors", "retry-volume", "support-tickets", "delivery-time", "babysitting"],
            metrics.Select(m => m.GetProperty("id").GetString()));
        var review = metrics.Single(m => m.GetProperty("id").GetString() == "review-time");
        Assert.Equal("lowerIsBetter", review.GetProperty("direction").GetString());
        Assert.Equal("hours per change", review.GetProperty("unit").GetString());
        Assert.Contains("Team depth was the doubt", review.GetProperty("why").GetString());
        Assert.Equal("review effort", review.GetProperty("sources")[0].GetProperty("quote").GetString());
    }

    [Fact]
    public async Task Suggestions_UnknownOrNotASpike_Are404And409()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/assessments/nope/spike-suggestions")).StatusCode);
        var stay = await SaveAssessmentAsync("""{"workload":"frontend","change-rate":"weekly","performance":"not-primary"}""");
        Assert.Equal(HttpStatusCode.Conflict, (await _client.GetAsync($"/api/v1/assessments/{stay}/spike-suggestions")).StatusCode);
    }

    [Theory]
    [InlineData("""{"outcome":"stop"}""", "reason", "Reason is required")]
    [InlineData("""{"outcome":"extend","reason":"Slow data."}""", "weeks", "Weeks is required to extend")]
    [InlineData("""{"outcome":"stop","reason":"x","weeks":2}""", "weeks", "goes only with")]
    [InlineData("""{"outcome":"abandon","reason":"x"}""", "outcome", "\"continue\", \"stop\" or \"extend\"")]
    public async Task End_NotUsable_Is400NamingTheField(string body, string key, string message)
    {
        var (id, editKey) = await PlanAsync();

        var response = await EndAsync(id, editKey, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await ErrorAsync(response, key));
    }

    [Fact]
    public async Task End_WithoutTheEditKey_Is403()
    {
        var (id, _) = await PlanAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await EndAsync(id, "wrong", """{"outcome":"stop","reason":"x"}""")).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownSpike_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/spikes/AAAAAAAAAAAAAAAAAAAAAA")).StatusCode);
    }
}

public sealed class SqliteSpikesApiTests(SqliteApp app) : SpikesApiTests(app.Factory), IClassFixture<SqliteApp>;

public sealed class PostgresSpikesApiTests(PostgresApp app) : SpikesApiTests(app.Factory), IClassFixture<PostgresApp>;
