using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Decider.Web.Tests.Security;

public sealed class SecurityTests(DeciderFactory factory) : IClassFixture<DeciderFactory>
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/sources")]
    [InlineData("GET", "/healthz")]
    [InlineData("GET", "/a/AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("GET", "/api/v1/assessments/nope")]
    [InlineData("POST", "/api/v1/evaluate")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("""{"answers":{}}""", Encoding.UTF8, "application/json");
        }

        var response = await factory.CreateClient().SendAsync(request);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
    }

    [Fact]
    public async Task SharePage_FreshAndFromTheCache_HasTheHeadersOnceAndSetsNoCookie()
    {
        var client = factory.CreateClient();
        var saved = await (await client.PostAsync("/api/v1/assessments",
            new StringContent("""{"title":"Cached","answers":{}}""", Encoding.UTF8, "application/json"))).Content.ReadFromJsonAsync<JsonElement>();
        var path = $"/a/{saved.GetProperty("id").GetString()}";

        var fresh = await client.GetAsync(path);
        var cached = await client.GetAsync(path);

        Assert.Null(fresh.Headers.Age);
        Assert.NotNull(cached.Headers.Age);
        foreach (var response in new[] { fresh, cached })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"));
            Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Single(response.Headers.GetValues("X-Content-Type-Options"));
        }
        Assert.Equal(await fresh.Content.ReadAsStringAsync(), await cached.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Writes_OverTheLimit_Get429ProblemWithRetryAfter()
    {
        await using var limited = new DeciderFactory { WritesPerMinute = 3 };
        var client = limited.CreateClient();
        HttpResponseMessage Save() => client.PostAsync("/api/v1/assessments",
            new StringContent("""{"title":"t","answers":{}}""", Encoding.UTF8, "application/json")).GetAwaiter().GetResult();

        var accepted = Enumerable.Range(0, 3).Select(_ => Save().StatusCode).ToList();
        var rejected = Save();

        Assert.All(accepted, s => Assert.Equal(HttpStatusCode.Created, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.True(rejected.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many writes", (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/evaluate",
            new StringContent("""{"answers":{}}""", Encoding.UTF8, "application/json"))).StatusCode);
    }
}
