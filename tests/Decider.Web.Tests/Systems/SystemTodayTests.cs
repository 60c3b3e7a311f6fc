using System.Text;
using System.Text.Json;

namespace Decider.Web.Tests.Systems;

/// <summary>A saved system's page after the content it was saved under has changed.</summary>
public sealed class SystemTodayTests : IAsyncLifetime
{
    private const string System = """
        {"title":"Uploads","team":{"rust-reviewers":"one","deadline":"flexible","hiring":"train"},
         "components":[{"name":"File parser","answers":{"lifespan":"long-lived","workload":"parser","performance":"important",
           "performance-needs":["memory"],"bottleneck":"runtime-bound","failure-cost":"high","input-trust":"untrusted",
           "runtime-profile":"always-on","change-rate":"stable","boundary":"clear","ecosystem":"covered"}}]}
        """;

    private readonly EditableContentApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    [Fact]
    public async Task ContentChanged_PageSaysSoAndGivesEachVerdictUnderTodaysContent()
    {
        var saved = await _app.Client.PostAsync("/api/v1/systems", new StringContent(System, Encoding.UTF8, "application/json"));
        var id = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        Assert.DoesNotContain("content has changed", await _app.Client.GetStringAsync($"/s/{id}"));
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(await _app.Client.GetStringAsync($"/api/v1/systems/{id}")).RootElement.GetProperty("today").ValueKind);

        _app.Edit("questions/rust-reviewers.md", "weight: 8\n    when: { rust-reviewers: one }", "weight: 40\n    when: { rust-reviewers: one }");
        var html = await _app.Client.GetStringAsync($"/s/{id}");

        Assert.Contains("The decision content has changed since this system was saved.", html);
        Assert.Contains("<th scope=\"col\">Today</th>", html);
        var stored = await _app.Client.GetStringAsync($"/api/v1/systems/{id}");
        var then = JsonDocument.Parse(stored).RootElement.GetProperty("result").GetProperty("components")[0].GetProperty("result").GetProperty("verdict");
        var now = JsonDocument.Parse(await (await _app.Client.PostAsync("/api/v1/systems/evaluate", new StringContent(
            System.Replace("\"title\":\"Uploads\",", "", StringComparison.Ordinal), Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync())
            .RootElement.GetProperty("components")[0].GetProperty("result").GetProperty("verdict");
        Assert.Contains($"<td>{now.GetProperty("title").GetString()}</td>", html);
        var today = JsonDocument.Parse(stored).RootElement.GetProperty("today");
        Assert.Equal(now.GetRawText(), today.GetProperty("components")[0].GetProperty("result").GetProperty("verdict").GetRawText());
        Assert.NotEqual(JsonDocument.Parse(stored).RootElement.GetProperty("contentVersion").GetString(), today.GetProperty("contentVersion").GetString());
        Assert.Contains(then.GetProperty("id").GetString() == now.GetProperty("id").GetString()
            ? "Every component keeps its verdict." : "One component now gets a different verdict.", html);
    }

    public Task DisposeAsync() => _app.DisposeAsync();
}
