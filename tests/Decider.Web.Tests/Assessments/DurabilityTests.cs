using System.Diagnostics;
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
        var port = FreePort.Next();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        string id;
        using (var app = await StartAsync(port, client))
        {
            var response = await client.PostAsync("/api/v1/assessments",
                new StringContent("""{"title":"Survives a crash","answers":{"lifespan":"long-lived"}}""", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }

        using var restarted = await StartAsync(port, client);
        var got = await client.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}");
        Assert.Equal("Survives a crash", got.GetProperty("title").GetString());
        restarted.Kill(entireProcessTree: true);
    }

    [Fact]
    public async Task Saved_ContentChangesAfterwards_StoredResultAndVersionStay()
    {
        var port = FreePort.Next();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        JsonElement saved;
        using (var app = await StartAsync(port, client))
        {
            var response = await client.PostAsync("/api/v1/assessments",
                new StringContent("""{"title":"Frozen","answers":{"lifespan":"long-lived","workload":"parser"}}""", Encoding.UTF8, "application/json"));
            saved = await response.Content.ReadFromJsonAsync<JsonElement>();
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
        _content.Edit("questions/workload.md", "weight: 10\n    when: { workload: parser }", "weight: 30\n    when: { workload: parser }");
        _content.Edit("verdicts/rust-spike.md", "title: Prove it with a Rust spike", "title: Run a Rust spike");

        using var restarted = await StartAsync(port, client);
        var id = saved.GetProperty("id").GetString();
        var got = await client.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}");
        var health = await client.GetFromJsonAsync<JsonElement>("/healthz");

        Assert.NotEqual(health.GetProperty("contentVersion").GetString(), got.GetProperty("contentVersion").GetString());
        Assert.Equal(saved.GetProperty("result").GetRawText(), got.GetProperty("result").GetRawText());
        var page = await client.GetStringAsync($"/a/{id}");
        Assert.Contains(saved.GetProperty("result").GetProperty("verdict").GetProperty("title").GetString()!, page);
        restarted.Kill(entireProcessTree: true);
    }

    public void Dispose()
    {
        _content.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private async Task<Process> StartAsync(int port, HttpClient client)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Decider.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Decider__DataDirectory"] = _data;
        start.Environment["Decider__ContentDirectory"] = _content.Directory;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Generous: on a busy 2-core machine, with other test classes running, a cold start can take many seconds.
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} before it was healthy.");
            }
            await Task.Delay(100);
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The app did not become healthy within 60 seconds.");
    }

}
