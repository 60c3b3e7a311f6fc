using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Decider.Web.Tests.Assessments;

/// <summary>The assessments API, run against each storage provider by the classes below.</summary>
public abstract class AssessmentsApiTests(DeciderFactory factory)
{
    protected const string Answers = """{"lifespan":"long-lived","workload":"parser","failure-cost":"high","rust-reviewers":"one","performance-needs":["memory"]}""";

    protected HttpClient Client { get; } = factory.CreateClient();

    [Fact]
    public async Task Save_ValidBody_Returns201WithLinkTokenAndResult()
    {
        var response = await SaveAsync($$"""{"title":"Invoice import worker","answers":{{Answers}},"notes":"From the design review"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString()!;
        Assert.Matches("^[A-Za-z0-9_-]{22}$", id);
        Assert.Equal($"/a/{id}", response.Headers.Location?.OriginalString);
        Assert.EndsWith($"/a/{id}", body.GetProperty("url").GetString());
        Assert.True(body.GetProperty("deleteToken").GetString()!.Length >= 40);
        Assert.Equal(JsonValueKind.Object, body.GetProperty("result").GetProperty("verdict").ValueKind);
    }

    [Fact]
    public async Task Get_SavedAssessment_ReturnsItsFieldsAndTheStoredResult()
    {
        var saved = await SaveJsonAsync($$"""{"title":"  Billing sync  ","answers":{{Answers}},"notes":"n"}""");
        var id = saved.GetProperty("id").GetString();

        var got = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}");

        Assert.Equal(["id", "title", "answers", "notes", "createdAt", "revises", "revisitBy", "contentVersion", "result", "current", "status", "statusHistory"], got.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Billing sync", got.GetProperty("title").GetString());
        Assert.Equal("n", got.GetProperty("notes").GetString());
        Assert.Equal(JsonValueKind.Null, got.GetProperty("revises").ValueKind);
        Assert.Equal("parser", got.GetProperty("answers").GetProperty("workload").GetString());
        Assert.Equal(saved.GetProperty("result").GetRawText(), got.GetProperty("result").GetRawText());
        Assert.Equal(saved.GetProperty("result").GetProperty("contentVersion").GetString(), got.GetProperty("contentVersion").GetString());
        Assert.True(DateTime.UtcNow - got.GetProperty("createdAt").GetDateTime().ToUniversalTime() < TimeSpan.FromMinutes(5));
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("%2E%2E%2Fetc%2Fpasswd")]
    [InlineData("this-id-is-far-too-long-to-be-an-assessment-id-at-all")]
    public async Task Get_UnknownOrMalformedId_Returns404ProblemDetails(string id)
    {
        var response = await Client.GetAsync($"/api/v1/assessments/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Delete_NeedsTheTokenThenIsGoneFromEveryRoute()
    {
        var saved = await SaveJsonAsync($$"""{"title":"To delete","answers":{{Answers}}}""");
        var id = saved.GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.Forbidden, (await DeleteAsync(id!, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DeleteAsync(id!, "wrong-token")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/a/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(id!, saved.GetProperty("deleteToken").GetString())).StatusCode);

        foreach (var path in new[] { $"/api/v1/assessments/{id}", $"/a/{id}", $"/a/{id}/report.pdf", $"/a/{id}/adr.md" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await DeleteAsync(id!, saved.GetProperty("deleteToken").GetString())).StatusCode);
    }

    [Fact]
    public async Task Save_Revision_PointsAtItsParent()
    {
        var parent = await SaveJsonAsync($$"""{"title":"Gateway","answers":{{Answers}}}""");
        var parentId = parent.GetProperty("id").GetString();

        var child = await SaveJsonAsync($$"""{"title":"Gateway","answers":{"lifespan":"long-lived","rust-reviewers":"two-plus"},"revises":"{{parentId}}"}""");
        var got = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{child.GetProperty("id").GetString()}");

        Assert.Equal(parentId, got.GetProperty("revises").GetString());
        Assert.NotEqual(parentId, child.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("""{"answers":{}}""", "title", "Title is required: name the component being assessed.")]
    [InlineData("""{"title":"   ","answers":{}}""", "title", "Title is required: name the component being assessed.")]
    [InlineData("""{"title":42,"answers":{}}""", "title", "Title must be text.")]
    [InlineData("""{"title":"a","title":"b","answers":{}}""", "title", "Title is given more than once.")]
    [InlineData("""{"title":"t"}""", "answers", "Answers are required: an object mapping question ids to option ids ({} when nothing is known yet).")]
    [InlineData("""{"title":"t","answers":[]}""", "answers", "Answers must be an object mapping question ids to option ids, such as {\"lifespan\": \"long-lived\"}.")]
    [InlineData("""{"title":"t","answers":{"lifespan":"forever"}}""", "lifespan", "'forever' is not an option of 'lifespan'")]
    [InlineData("""{"title":"t","answers":{},"revises":"AAAAAAAAAAAAAAAAAAAAAA"}""", "revises", "Revises must be the id of a saved assessment; no assessment has that id.")]
    [InlineData("""{"title":"t","answers":{},"revises":"../x"}""", "revises", "Revises must be the id of a saved assessment")]
    [InlineData("""{"title":"t","answers":{},"revises":7}""", "revises", "Revises must be the id of a saved assessment, as text.")]
    [InlineData("""{"title":"t","answers":{},"colour":"red"}""", "colour", "There is no field 'colour' here; the fields are 'title', 'answers', 'notes', 'revises', 'revisitBy'.")]
    [InlineData("""[{"title":"t"}]""", "body", "The body must be a JSON object with the fields 'title', 'answers', 'notes', 'revises', 'revisitBy'.")]
    public async Task Save_InvalidBody_Returns400NamingTheFieldInWordsAPersonReads(string body, string key, string message)
    {
        var response = await SaveAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(key, out var errors), problem.ToString());
        Assert.StartsWith(message, errors[0].GetString());
    }

    [Fact]
    public async Task Save_TitleAndNotesOverTheLimits_Returns400()
    {
        var body = JsonSerializer.Serialize(new { title = new string('t', 201), notes = new string('n', 10_001), answers = new { } });

        var problem = await (await SaveAsync(body)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Contains("at most 200", problem.GetProperty("errors").GetProperty("title")[0].GetString());
        Assert.Contains("at most 10,000", problem.GetProperty("errors").GetProperty("notes")[0].GetString());
    }

    [Fact]
    public async Task Save_ManyTimes_GivesDistinctIds()
    {
        var ids = new HashSet<string>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add((await SaveJsonAsync("""{"title":"x","answers":{}}""")).GetProperty("id").GetString()!);
        }

        Assert.Equal(20, ids.Count);
    }

    protected Task<HttpResponseMessage> SaveAsync(string json) =>
        Client.PostAsync("/api/v1/assessments", new StringContent(json, Encoding.UTF8, "application/json"));

    protected async Task<JsonElement> SaveJsonAsync(string json)
    {
        var response = await SaveAsync(json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> DeleteAsync(string id, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/assessments/{id}");
        if (token is not null)
        {
            request.Headers.Add("X-Delete-Token", token);
        }
        return Client.SendAsync(request);
    }
}

public sealed class SqliteAssessmentsApiTests(SqliteApp app) : AssessmentsApiTests(app.Factory), IClassFixture<SqliteApp>;

public sealed class PostgresAssessmentsApiTests(PostgresApp app) : AssessmentsApiTests(app.Factory), IClassFixture<PostgresApp>;
