using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Decider.Web.Tests.Systems;

public sealed class SystemsApiTests(DeciderFactory factory) : IClassFixture<DeciderFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>product-teams' SaaS: a web app, an admin panel and billing screens, a file parser and a queue worker.</summary>
    private static JsonObject Saas()
    {
        JsonObject Surface(string failureCost) => new()
        {
            ["lifespan"] = "long-lived", ["workload"] = "frontend", ["performance"] = "not-primary", ["failure-cost"] = failureCost,
            ["input-trust"] = "trusted", ["change-rate"] = "weekly", ["boundary"] = "fuzzy",
        };
        JsonObject HeavyJob(string workload) => new()
        {
            ["lifespan"] = "long-lived", ["workload"] = workload, ["performance"] = "important", ["performance-needs"] = new JsonArray("memory"),
            ["bottleneck"] = "runtime-bound", ["failure-cost"] = "high", ["input-trust"] = "untrusted", ["runtime-profile"] = "always-on",
            ["change-rate"] = "stable", ["boundary"] = "clear", ["ecosystem"] = "covered",
        };
        JsonObject Component(string name, JsonObject answers) => new() { ["name"] = name, ["answers"] = answers };
        return new JsonObject
        {
            ["team"] = new JsonObject { ["current-stack"] = "typescript", ["rust-reviewers"] = "one", ["deadline"] = "flexible", ["hiring"] = "train" },
            ["components"] = new JsonArray(
                Component("Web app", Surface("moderate")), Component("Admin panel", Surface("low")), Component("Billing screens", Surface("moderate")),
                Component("File parser", HeavyJob("parser")), Component("Queue worker", HeavyJob("cpu-worker"))),
        };
    }

    [Fact]
    public async Task Evaluate_Saas_MapsEachComponentTheSliceAndTheLevers()
    {
        var body = await JsonAsync(await PostAsync(Saas().ToJsonString()));

        Assert.Equal(["components", "slice", "levers", "contentVersion"], body.EnumerateObject().Select(p => p.Name));
        var components = body.GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(["Web app", "Admin panel", "Billing screens", "File parser", "Queue worker"], components.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(["current-stack", "current-stack", "current-stack", "rust-spike", "rust-spike"],
            components.Select(c => c.GetProperty("result").GetProperty("verdict").GetProperty("id").GetString()));
        Assert.Equal(16, components[0].GetProperty("result").GetProperty("contentVersion").GetString()!.Length);
        Assert.Equal("""{"components":5,"rust":0,"spike":2}""", body.GetProperty("slice").GetRawText());
        var lever = body.GetProperty("levers")[0];
        Assert.Equal(("rust-reviewers", "one", "two-plus", "train or hire a second Rust reviewer"),
            (lever.GetProperty("question").GetString(), lever.GetProperty("from").GetString(), lever.GetProperty("to").GetString(), lever.GetProperty("action").GetString()));
        Assert.Equal("""[{"name":"File parser","from":"rust-spike","to":"rust"},{"name":"Queue worker","from":"rust-spike","to":"rust"}]""",
            lever.GetProperty("moves").GetRawText());
    }

    [Fact]
    public async Task Evaluate_ComponentAnswer_WinsOverTheTeamsAndMatchesEvaluate()
    {
        var system = Saas();
        var parser = system["components"]![3]!["answers"]!.AsObject();
        parser["rust-reviewers"] = "team";

        var body = await JsonAsync(await PostAsync(system.ToJsonString()));
        var combined = system["team"]!.DeepClone().AsObject();
        foreach (var (question, answer) in parser)
        {
            combined[question] = answer!.DeepClone();
        }
        var alone = await JsonAsync(await _client.PostAsync("/api/v1/evaluate",
            new StringContent(new JsonObject { ["answers"] = combined }.ToJsonString(), Encoding.UTF8, "application/json")));

        Assert.Equal(alone.GetRawText(), body.GetProperty("components")[3].GetProperty("result").GetRawText());
    }

    [Fact]
    public async Task Evaluate_SameSystemTwice_GivesTheSameBytes()
    {
        var first = await (await PostAsync(Saas().ToJsonString())).Content.ReadAsByteArrayAsync();
        var second = await (await PostAsync(Saas().ToJsonString())).Content.ReadAsByteArrayAsync();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Evaluate_BadAnswers_AreKeyedByWhereTheyAre()
    {
        var system = Saas();
        system["team"]!["reviewers"] = "one";
        system["components"]![1]!["answers"]!["lifespan"] = "forever";
        system["components"]![2]!["name"] = "  ";
        system["components"]![4]!["name"] = new string('x', 101);

        var problem = await ProblemAsync(await PostAsync(system.ToJsonString()));

        var errors = problem.GetProperty("errors");
        Assert.Equal(["components[1].lifespan", "components[2].name", "components[4].name", "team.reviewers"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("at most 100 characters; this one has 101", errors.GetProperty("components[4].name")[0].GetString());
    }

    [Theory]
    [InlineData("""{"team":{},"components":[]}""", "components", "at least one")]
    [InlineData("""{"components":[{"name":"Parser","answers":{}}]}""", "team", "Team is required")]
    [InlineData("""{"team":{},"components":[{"name":"Parser"}]}""", "components[0].answers", "Answers are required")]
    [InlineData("""{"team":{},"components":[null]}""", "components[0]", "must be an object")]
    [InlineData("""{"team":{},"components":[{"name":"Parser","answers":{}},{"name":"parser ","answers":{}}]}""", "components[1].name", "Another component is already called")]
    public async Task Evaluate_MissingParts_AreNamed(string body, string key, string message)
    {
        var problem = await ProblemAsync(await PostAsync(body));

        Assert.Contains(message, problem.GetProperty("errors").GetProperty(key)[0].GetString());
    }

    [Fact]
    public async Task Evaluate_ThirtyOneComponents_AreRefusedWithTheCount()
    {
        var components = new JsonArray([.. Enumerable.Range(1, 31).Select(i => new JsonObject { ["name"] = $"Part {i}", ["answers"] = new JsonObject() })]);

        var problem = await ProblemAsync(await PostAsync(new JsonObject { ["team"] = new JsonObject(), ["components"] = components }.ToJsonString()));

        Assert.Contains("at most 30 components; this one has 31", problem.GetProperty("errors").GetProperty("components")[0].GetString());
    }

    [Fact]
    public async Task Evaluate_NameThatIsNotText_IsRefusedAsABadRequest()
    {
        var problem = await ProblemAsync(await PostAsync("""{"team":{},"components":[{"name":5,"answers":{}}]}"""));

        Assert.Equal("Name must be text.", problem.GetProperty("errors").GetProperty("components[0].name")[0].GetString());
    }

    private Task<HttpResponseMessage> PostAsync(string json) =>
        _client.PostAsync("/api/v1/systems/evaluate", new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"got {response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }
}
