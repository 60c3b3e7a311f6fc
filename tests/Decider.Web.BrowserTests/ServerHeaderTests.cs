using System.Net.WebSockets;
using System.Text.Json;

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

    [Fact]
    public async Task CircuitWebSocket_CompressesEachMessageOnItsOwn()
    {
        // With context takeover each circuit would keep a deflate state of about 200 KB for its whole life.
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var negotiate = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        negotiate.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync());
        var token = body.RootElement.GetProperty("connectionToken").GetString();
        using var socket = new ClientWebSocket();
        socket.Options.DangerousDeflateOptions = new WebSocketDeflateOptions();
        socket.Options.CollectHttpResponseDetails = true;

        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{app.Port}/_blazor?id={token}"), CancellationToken.None);

        var extensions = string.Join(", ", socket.HttpResponseHeaders!["Sec-WebSocket-Extensions"]);
        Assert.Contains("permessage-deflate", extensions);
        Assert.Contains("server_no_context_takeover", extensions);
    }
}
