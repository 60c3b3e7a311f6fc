using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Decider.Web.Tests.Evaluate;

public sealed class EvaluateApiTests(DeciderFactory factory) : IClassFixture<DeciderFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Evaluate_NothingAnswered_ReturnsLowConfidenceVerdictAndOpenQuestions()
    {
        // Act
        var response = await PostAsync("""{"answers":{}}""");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await JsonAsync(response);
        Assert.Contains(body.GetProperty("verdict").GetProperty("id").GetString(), new[] { "current-stack", "optimize-first" });
        Assert.Equal("low", body.GetProperty("confidence").GetString());
        Assert.Equal(18, body.GetProperty("openQuestions").GetArrayLength());
        Assert.Equal(50, body.GetProperty("rustFit").GetInt32());
        Assert.Equal(50, body.GetProperty("need").GetInt32());
        Assert.Equal(50, body.GetProperty("readiness").GetInt32());
        Assert.Empty(body.GetProperty("counterfactuals").EnumerateArray());
        Assert.NotEmpty(body.GetProperty("findOutFirst").EnumerateArray());
    }

    [Fact]
    public async Task Evaluate_Answers_HasTheSpecifiedShape()
    {
        var response = await PostAsync("""
            {"answers":{"lifespan":"long-lived","performance":"primary","performance-needs":["p99-latency","memory"],
             "rust-reviewers":"one","failure-cost":"high","workload":"parser"}}
            """);

        var body = await JsonAsync(response);
        Assert.Equal(
            ["verdict", "rustFit", "need", "readiness", "confidence", "reasons", "openQuestions", "findOutFirst", "counterfactuals",
             "whereSourcesDiffer", "decidedBy", "contentVersion"],
            body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "title", "summary"], body.GetProperty("verdict").EnumerateObject().Select(p => p.Name));
        Assert.InRange(body.GetProperty("need").GetInt32(), 51, 100);
        Assert.InRange(body.GetProperty("readiness").GetInt32(), 0, 49);
        var reason = body.GetProperty("reasons")[0];
        Assert.Equal(["id", "axis", "direction", "weight", "text", "questions", "sources"], reason.EnumerateObject().Select(p => p.Name));
        Assert.Contains(reason.GetProperty("direction").GetString(), new[] { "for", "against" });
        Assert.Contains(reason.GetProperty("axis").GetString(), new[] { "need", "readiness" });
        Assert.Equal(["id", "title", "quote"], reason.GetProperty("sources")[0].EnumerateObject().Select(p => p.Name));
        var counterfactual = body.GetProperty("counterfactuals")[0];
        Assert.Equal(["changes", "verdict", "kind", "rustFit", "need", "readiness"], counterfactual.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["question", "from", "to"], counterfactual.GetProperty("changes")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.String, counterfactual.GetProperty("verdict").ValueKind);
        Assert.All(body.GetProperty("counterfactuals").EnumerateArray(), c => Assert.Contains(c.GetProperty("kind").GetString(), new[] { "action", "circumstance" }));
        var difference = body.GetProperty("whereSourcesDiffer")[0];
        Assert.Equal(["text", "sources"], difference.EnumerateObject().Select(p => p.Name));
        Assert.True(difference.GetProperty("sources").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task Evaluate_MultiChoiceChange_UsesArrays()
    {
        var response = await PostAsync("""{"answers":{"performance":"primary","performance-needs":["memory"]}}""");

        var body = await JsonAsync(response);
        var changes = body.GetProperty("counterfactuals").EnumerateArray().SelectMany(c => c.GetProperty("changes").EnumerateArray());
        Assert.All(changes.Where(c => c.GetProperty("question").GetString() == "performance-needs"), c =>
        {
            Assert.Equal(JsonValueKind.Array, c.GetProperty("from").ValueKind);
            Assert.Equal(JsonValueKind.Array, c.GetProperty("to").ValueKind);
        });
    }

    [Fact]
    public async Task Evaluate_SameAnswers_SameBytes()
    {
        const string Body = """{"answers":{"lifespan":"long-lived","workload":"realtime","rust-reviewers":"two-plus"}}""";

        var first = await (await PostAsync(Body)).Content.ReadAsByteArrayAsync();
        var second = await (await PostAsync(Body)).Content.ReadAsByteArrayAsync();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Evaluate_EveryCounterfactual_IsTrueThroughTheApi()
    {
        var answers = new Dictionary<string, object> { ["lifespan"] = "long-lived", ["workload"] = "parser", ["rust-reviewers"] = "one", ["failure-cost"] = "high" };
        var body = await JsonAsync(await PostAsync(JsonSerializer.Serialize(new { answers })));

        foreach (var counterfactual in body.GetProperty("counterfactuals").EnumerateArray())
        {
            var changed = new Dictionary<string, object>(answers);
            foreach (var change in counterfactual.GetProperty("changes").EnumerateArray())
            {
                changed[change.GetProperty("question").GetString()!] = change.GetProperty("to");
            }
            var result = await JsonAsync(await PostAsync(JsonSerializer.Serialize(new { answers = changed })));
            Assert.Equal(counterfactual.GetProperty("verdict").GetString(), result.GetProperty("verdict").GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task Evaluate_UnknownIdsAndWrongShapes_Return400NamingEachQuestion()
    {
        var response = await PostAsync("""
            {"answers":{"lifespan":"forever","colour":"blue","performance-needs":"memory","scale":["small"],"deadline":3}}
            """);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["lifespan", "colour", "performance-needs", "scale", "deadline"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("'forever' is not an option of 'lifespan'", errors.GetProperty("lifespan")[0].GetString());
        Assert.Contains("unknown question 'colour'", errors.GetProperty("colour")[0].GetString());
        Assert.Contains("not a string", errors.GetProperty("performance-needs")[0].GetString());
        Assert.Contains("not an array", errors.GetProperty("scale")[0].GetString());
        Assert.Contains("takes one option id as a string", errors.GetProperty("deadline")[0].GetString());
    }

    [Theory]
    [InlineData("""[1,2,3]""", "body")]
    [InlineData("""{"answers":[]}""", "answers")]
    [InlineData("""{}""", "answers")]
    [InlineData("""{"answers":{},"answer":{}}""", "answer")]
    [InlineData("""{"answers":{"performance-needs":["memory",7]}}""", "performance-needs")]
    [InlineData("""{"answers":{"performance-needs":["warp-speed"]}}""", "performance-needs")]
    [InlineData("""{"answers":{"lifespan":"growing","lifespan":"prototype"}}""", "lifespan")]
    public async Task Evaluate_WrongShape_Returns400WithTheKey(string body, string key)
    {
        var problem = await ProblemAsync(await PostAsync(body), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(key, out _), $"no error under '{key}': {problem}");
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Evaluate_NullAnswer_MeansDontKnow()
    {
        var withNull = await JsonAsync(await PostAsync("""{"answers":{"lifespan":null}}"""));

        Assert.Contains("lifespan", withNull.GetProperty("openQuestions").EnumerateArray().Select(q => q.GetString()));
    }

    [Theory]
    [InlineData("{\"answers\":")]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("{\"answers\":{}} trailing")]
    public async Task Evaluate_MalformedJson_Returns400ProblemDetails(string body)
    {
        var problem = await ProblemAsync(await PostAsync(body), HttpStatusCode.BadRequest);

        Assert.Equal("The body is not valid JSON", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Evaluate_DeeplyNestedJson_Returns400()
    {
        var body = "{\"answers\":" + new string('[', 5000) + new string(']', 5000) + "}";

        await ProblemAsync(await PostAsync(body), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Evaluate_OversizedBody_Returns413()
    {
        var body = "{\"answers\":{\"lifespan\":\"" + new string('x', 70_000) + "\"}}";

        var problem = await ProblemAsync(await PostAsync(body), HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("64 KB", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Evaluate_NotJson_Returns415()
    {
        var response = await _client.PostAsync("/api/v1/evaluate", new StringContent("answers=1", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"answers\"")]
    [InlineData("{\"answers\":{\"\":\"\"}}")]
    [InlineData("{\"answers\":{\"lifespan\":{\"id\":\"growing\"}}}")]
    [InlineData("{\"answers\":{\"performance-needs\":[null]}}")]
    [InlineData("{\"answers\":{\"lifespan\":\"\\u0000\"}}")]
    [InlineData("{\"answers\":{\"workload\":true}}")]
    public async Task Evaluate_OddInput_NeverAnswers500(string body)
    {
        var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_ReportsHealthyWithContentVersion()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/healthz");

        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal(16, body.GetProperty("contentVersion").GetString()!.Length);
    }

    private Task<HttpResponseMessage> PostAsync(string json) =>
        _client.PostAsync("/api/v1/evaluate", new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
