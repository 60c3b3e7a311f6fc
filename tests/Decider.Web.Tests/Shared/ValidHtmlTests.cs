using System.Diagnostics;
using System.Text.Json;
using Decider.Web.Teams;
using Decider.Web.Tests.Assessments;
using Decider.Web.Tests.Sharing;
using Microsoft.Extensions.DependencyInjection;

namespace Decider.Web.Tests.Shared;

/// <summary>
/// Every page, as the server sends it, passes the Nu HTML Checker (npm vnu-jar, run with the Java tests/run.sh installs):
/// no errors.
/// </summary>
public sealed class ValidHtmlTests(TestContentApp app) : IClassFixture<TestContentApp>, IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("decider-html-").FullName;

    private static string Checker => Environment.GetEnvironmentVariable("DECIDER_NPM_TOOLS") is { Length: > 0 } tools
        && Path.Combine(tools, "node_modules", "vnu-jar", "build", "dist", "vnu.jar") is var jar && File.Exists(jar)
        ? jar
        : throw new InvalidOperationException("DECIDER_NPM_TOOLS must name a folder with vnu-jar installed; tests/run.sh installs it.");

    [Fact]
    public async Task EveryPage_PassesTheNuHtmlChecker()
    {
        var client = app.Factory.CreateClient();
        var id = (await SavedPages.SaveAsync(client, """{"title":"Parser","answers":{"age":"lasting","reviewers":"one"}}""")).GetProperty("id").GetString()!;
        var system = await client.PostAsync("/api/v1/systems", new StringContent(
            """{"title":"Uploads","team":{"reviewers":"one"},"components":[{"name":"Parser","answers":{"age":"lasting"}}]}""", System.Text.Encoding.UTF8, "application/json"));
        var systemId = JsonDocument.Parse(await system.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var (spikeId, spikeKey) = await Spikes.SpikePageTests.PlanAsync(client);
        var (endedId, endedKey) = await Spikes.SpikePageTests.PlanAsync(client);
        using var end = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/spikes/{endedId}/end")
        {
            Content = new StringContent("""{"outcome":"continue","reason":"Crashes fell."}""", System.Text.Encoding.UTF8, "application/json"),
        };
        end.Headers.Add("X-Edit-Key", endedKey);
        var revisionId = JsonDocument.Parse(await (await client.SendAsync(end)).Content.ReadAsStringAsync()).RootElement.GetProperty("revision").GetProperty("id").GetString();
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<TeamSessions>();
        var (session, key) = await sessions.OpenAsync("Queue worker", CancellationToken.None);
        await sessions.SubmitAsync(session.Id, TeamSessions.NewParticipantKey(), "Ana", Core.Rules.AnswerSet.Empty.With("age", "lasting"), new Dictionary<string, string>(), CancellationToken.None);
        string[] pages = ["/", $"/a/{id}", $"/a/{id}/sign-off", $"/compare/{id}/{id}", "/sources", "/team", $"/team/{session.Id}",
            $"/team/{session.Id}/lead/{key}", $"/s/{systemId}", $"/compare/systems/{systemId}/{systemId}", "/systems", $"/p/{spikeId}", $"/p/{spikeId}/edit/{spikeKey}", $"/a/{id}/spike",
            $"/p/{endedId}", $"/p/{endedId}/edit/{endedKey}", $"/a/{revisionId}", "/no-such-page"];
        var files = new List<string>();
        foreach (var (page, index) in pages.Select((p, i) => (p, i)))
        {
            var file = Path.Combine(_work, $"page-{index}.html");
            await File.WriteAllTextAsync(file, await (await client.GetAsync(page)).Content.ReadAsStringAsync());
            files.Add(file);
        }

        var (exitCode, output) = await RunAsync("java", ["-jar", Checker, "--errors-only", .. files]);

        Assert.True(exitCode == 0, string.Join("\n", pages.Select((p, i) => $"page-{i}.html = {p}")) + "\n" + output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
