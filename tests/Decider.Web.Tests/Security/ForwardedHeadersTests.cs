using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Decider.Web.Security;

namespace Decider.Web.Tests.Security;

/// <summary>
/// Behind a load balancer: X-Forwarded-For and X-Forwarded-Proto count only from the proxies and networks an operator
/// names, for the write limit and the links the app writes; from anyone else they change nothing.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.5");

    [Fact]
    public async Task NoProxyNamed_ForwardedHeadersChangeNothing()
    {
        await using var app = new DeciderFactory { WritesPerMinute = 2, RemoteAddress = Proxy };
        var client = app.CreateClient();

        var first = await SaveAsync(client, "203.0.113.1");
        var second = await SaveAsync(client, "203.0.113.2");
        var third = await SaveAsync(client, "203.0.113.3");

        Assert.StartsWith("http://localhost/a/", await UrlOf(first));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task KnownProxy_EachForwardedClientHasItsOwnLimitAndLinksUseTheForwardedScheme()
    {
        await using var app = new DeciderFactory { WritesPerMinute = 2, RemoteAddress = Proxy, KnownProxies = "10.0.0.5" };
        var client = app.CreateClient();

        var others = new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" }.Select(ip => SaveAsync(client, ip).GetAwaiter().GetResult()).ToList();
        var again = await SaveAsync(client, "203.0.113.1");
        var overLimit = await SaveAsync(client, "203.0.113.1");

        Assert.All(others, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, overLimit.StatusCode);
        Assert.StartsWith("https://localhost/a/", await UrlOf(others[0]));
    }

    [Fact]
    public async Task KnownNetwork_TrustsProxiesInsideItOnly()
    {
        await using var inside = new DeciderFactory { RemoteAddress = IPAddress.Parse("10.1.2.3"), KnownNetworks = "10.0.0.0/8, fd00::/8" };
        await using var outside = new DeciderFactory { RemoteAddress = IPAddress.Parse("192.0.2.9"), KnownNetworks = "10.0.0.0/8" };

        Assert.StartsWith("https://", await UrlOf(await SaveAsync(inside.CreateClient(), "203.0.113.1")));
        Assert.StartsWith("http://", await UrlOf(await SaveAsync(outside.CreateClient(), "203.0.113.1")));
    }

    [Fact]
    public void Settings_ThatAreNotAddresses_SayWhichAndWhatIsExpected()
    {
        var settings = new ForwardedHeadersSettings { KnownNetworks = "10.0.0.0/8, 10.0.0.0/33", KnownProxies = "10.0.0.5,proxy.internal" };

        Assert.Equal(
            ["Decider:ForwardedHeaders:KnownNetworks has '10.0.0.0/33', which is not a CIDR range such as 10.0.0.0/8.",
             "Decider:ForwardedHeaders:KnownProxies has 'proxy.internal', which is not an IP address such as 10.0.0.5."],
            settings.Problems());
        Assert.Empty(new ForwardedHeadersSettings().Problems());
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/assessments")
        {
            Content = new StringContent("""{"title":"Parser","answers":{}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return client.SendAsync(request);
    }

    private static async Task<string> UrlOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
}
