using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Decider.Web.Tests.Content;

/// <summary>Edits under the content directory while the app runs.</summary>
public sealed class ContentReloadTests : IDisposable
{
    private readonly TempContent _content = new();

    [Fact]
    public async Task ContentEdited_WhileRunning_IsServedWithoutARestart()
    {
        await using var factory = new DeciderFactory { ContentDirectory = _content.Directory };
        var client = factory.CreateClient();
        var before = await HealthAsync(client);

        _content.Edit("verdicts/current-stack.md", "title: Stay with the current stack", "title: Keep the current stack");

        await WaitUntilAsync(async () => (await HealthAsync(client)).GetProperty("contentVersion").GetString() != before.GetProperty("contentVersion").GetString());
        var verdict = await EvaluateAsync(client);
        Assert.Equal("Keep the current stack", verdict.GetProperty("verdict").GetProperty("title").GetString());
    }

    [Fact]
    public async Task BrokenEdit_KeepsTheLastGoodContentAndReportsTheProblem()
    {
        await using var factory = new DeciderFactory { ContentDirectory = _content.Directory };
        var client = factory.CreateClient();
        var good = (await HealthAsync(client)).GetProperty("contentVersion").GetString();

        _content.Edit("questions/scale.md", "when: { scale: small }", "when: { scael: small }");

        await WaitUntilAsync(async () => (await HealthAsync(client)).GetProperty("status").GetString() == "degraded");
        var health = await HealthAsync(client);
        Assert.Equal(good, health.GetProperty("contentVersion").GetString());
        Assert.Matches(@"^questions/scale\.md:\d+: rule 'scale-small' refers to unknown question 'scael'", health.GetProperty("contentErrors")[0].GetString());
        Assert.Equal(good, (await EvaluateAsync(client)).GetProperty("contentVersion").GetString());

        _content.Edit("questions/scale.md", "when: { scael: small }", "when: { scale: small }");
        await WaitUntilAsync(async () => (await HealthAsync(client)).GetProperty("status").GetString() == "healthy");
    }

    public void Dispose() => _content.Dispose();

    private static async Task<JsonElement> HealthAsync(HttpClient client) => await client.GetFromJsonAsync<JsonElement>("/healthz");

    private static async Task<JsonElement> EvaluateAsync(HttpClient client)
    {
        var response = await client.PostAsync("/api/v1/evaluate", new StringContent("""{"answers":{}}""", Encoding.UTF8, "application/json"));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the app did not pick up the content edit within 15 seconds");
            await Task.Delay(100);
        }
    }
}
