using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Decider.Web.Tests.Assessments;

/// <summary>The real app as its own process: what it acknowledged must survive kill -9 and content changes.</summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "decider-durability-" + Guid.NewGuid().ToString("N"));
    private readonly TempContent _content = new();

    [Fact]
    public async Task Save_ThenKill9AndRestart_AssessmentIsStillThere()
    {
        string id;
        int port;
        using (var app = await StartAsync())
        {
            using var client = new HttpClient { BaseAddress = app.BaseAddress };
            port = app.Port;
            var response = await client.PostAsync("/api/v1/assessments",
                new StringContent("""{"title":"Survives a crash","answers":{"lifespan":"long-lived"}}""", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

            await app.KillAsync();
        }

        using var restarted = await StartAsync(port);
        using var again = new HttpClient { BaseAddress = restarted.BaseAddress };
        var got = await again.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}");
        Assert.Equal("Survives a crash", got.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Saved_ContentChangesAfterwards_StoredResultAndVersionStay()
    {
        JsonElement saved;
        using (var app = await StartAsync())
        {
            using var first = new HttpClient { BaseAddress = app.BaseAddress };
            var response = await first.PostAsync("/api/v1/assessments",
                new StringContent("""{"title":"Frozen","answers":{"lifespan":"long-lived","workload":"parser"}}""", Encoding.UTF8, "application/json"));
            saved = await response.Content.ReadFromJsonAsync<JsonElement>();
            await app.KillAsync();
        }
        _content.Edit("questions/workload.md", "weight: 10\n    when: { workload: parser }", "weight: 30\n    when: { workload: parser }");
        _content.Edit("verdicts/rust-spike.md", "title: Prove it with a Rust spike", "title: Run a Rust spike");

        using var restarted = await StartAsync();
        using var client = new HttpClient { BaseAddress = restarted.BaseAddress };
        var id = saved.GetProperty("id").GetString();
        var got = await client.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}");
        var health = await client.GetFromJsonAsync<JsonElement>("/healthz");

        Assert.NotEqual(health.GetProperty("contentVersion").GetString(), got.GetProperty("contentVersion").GetString());
        Assert.Equal(saved.GetProperty("result").GetRawText(), got.GetProperty("result").GetRawText());
        var page = await client.GetStringAsync($"/a/{id}");
        Assert.Contains(saved.GetProperty("result").GetProperty("verdict").GetProperty("title").GetString()!, page);
    }

    public void Dispose()
    {
        _content.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private Task<AppProcess> StartAsync(int port = 0) => AppProcess.StartAsync(new Dictionary<string, string>
    {
        ["Decider__DataDirectory"] = _data,
        ["Decider__ContentDirectory"] = _content.Directory,
    }, port);
}
