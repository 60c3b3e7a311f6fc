namespace Decider.Web.BrowserTests;

/// <summary>What the real server on Kestrel sends that the in-memory one cannot show.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class ServerHeaderTests(BrowserApp app)
{
    [Fact]
    public async Task Responses_DoNotNameTheServer()
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };

        foreach (var path in new[] { "/healthz", "/", "/sources", "/no-such-page" })
        {
            var response = await client.GetAsync(path);
            Assert.False(response.Headers.Contains("Server"), $"{path} sends Server: {string.Join(", ", response.Headers.TryGetValues("Server", out var v) ? v : [])}");
        }
    }
}
