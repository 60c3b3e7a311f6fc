using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Decider.Web.Tests.Assessments;

namespace Decider.Web.Tests.Systems;

/// <summary>Saved systems on each storage provider: immutable, linked, deleted with their token.</summary>
public abstract class SavedSystemsApiTests(DeciderFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static JsonObject System(string title) => new()
    {
        ["title"] = title,
        ["team"] = new JsonObject { ["current-stack"] = "typescript", ["rust-reviewers"] = "one" },
        ["components"] = new JsonArray(
            new JsonObject { ["name"] = "Admin panel", ["answers"] = new JsonObject { ["workload"] = "frontend", ["change-rate"] = "weekly" } },
            new JsonObject { ["name"] = "File parser", ["answers"] = new JsonObject { ["workload"] = "parser", ["input-trust"] = "untrusted" } }),
        ["notes"] = "Design review, week 12",
    };

    [Fact]
    public async Task Save_ReturnsTheLinkTheTokenAndTheMapTheEvaluateRouteGives()
    {
        var response = await PostAsync("/api/v1/systems", System("Uploads"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["id", "url", "deleteToken", "result"], body.EnumerateObject().Select(p => p.Name));
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/s/{id}", response.Headers.Location?.OriginalString);
        Assert.EndsWith($"/s/{id}", body.GetProperty("url").GetString());
        var system = System("Uploads");
        var evaluated = await (await PostAsync("/api/v1/systems/evaluate", new JsonObject { ["team"] = system["team"]!.DeepClone(), ["components"] = system["components"]!.DeepClone() }))
            .Content.ReadAsStringAsync();
        Assert.Equal(evaluated, body.GetProperty("result").GetRawText());
    }

    [Fact]
    public async Task Get_SavedSystem_ReturnsWhatWasGivenAndTheStoredMap()
    {
        var saved = await SaveAsync(System("Uploads"));

        var body = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/systems/{saved.Id}")).RootElement;

        Assert.Equal(["id", "title", "team", "components", "notes", "createdAt", "revises", "revisitBy", "contentVersion", "result", "today"],
            body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Uploads", body.GetProperty("title").GetString());
        Assert.Equal("""{"current-stack":"typescript","rust-reviewers":"one"}""", body.GetProperty("team").GetRawText());
        Assert.Equal(["Admin panel", "File parser"], body.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(saved.Result.GetRawText(), body.GetProperty("result").GetRawText());
    }

    [Fact]
    public async Task Save_Revision_PointsAtItsParentAndAnUnknownParentIsRefused()
    {
        var parent = await SaveAsync(System("Uploads"));
        var revision = System("Uploads, after the spike");
        revision["revises"] = parent.Id;

        var child = await SaveAsync(revision);
        var body = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/systems/{child.Id}")).RootElement;
        Assert.Equal(parent.Id, body.GetProperty("revises").GetString());

        revision["revises"] = "AAAAAAAAAAAAAAAAAAAAAA";
        var refused = await PostAsync("/api/v1/systems", revision);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("no system has that id", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Save_WithoutTitle_IsRefusedNamingIt()
    {
        var system = System("x");
        system.Remove("title");

        var response = await PostAsync("/api/v1/systems", system);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("Title is required", errors.GetProperty("title")[0].GetString());
    }

    [Fact]
    public async Task Delete_NeedsTheTokenThenTheSystemIsGone()
    {
        var saved = await SaveAsync(System("Uploads"));

        Assert.Equal(HttpStatusCode.Forbidden, (await DeleteAsync(saved.Id, "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DeleteAsync(saved.Id, null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/v1/systems/{saved.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(saved.Id, saved.DeleteToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/systems/{saved.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DeleteAsync(saved.Id, saved.DeleteToken)).StatusCode);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("%2E%2E%2Fetc%2Fpasswd")]
    public async Task Get_UnknownOrMalformedId_Returns404ProblemDetails(string id)
    {
        var response = await _client.GetAsync($"/api/v1/systems/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(string Id, string DeleteToken, JsonElement Result)> SaveAsync(JsonObject system)
    {
        var response = await PostAsync("/api/v1/systems", system);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var body = JsonDocument.Parse(text).RootElement;
        return (body.GetProperty("id").GetString()!, body.GetProperty("deleteToken").GetString()!, body.GetProperty("result").Clone());
    }

    private Task<HttpResponseMessage> PostAsync(string path, JsonObject body) =>
        _client.PostAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> DeleteAsync(string id, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/systems/{id}");
        if (token is not null)
        {
            request.Headers.Add("X-Delete-Token", token);
        }
        return _client.SendAsync(request);
    }
}

public sealed class SqliteSavedSystemsApiTests(SqliteApp app) : SavedSystemsApiTests(app.Factory), IClassFixture<SqliteApp>;

public sealed class PostgresSavedSystemsApiTests(PostgresApp app) : SavedSystemsApiTests(app.Factory), IClassFixture<PostgresApp>;
