using System.Net;
using System.Text;
using System.Text.Json;
using Decider.Web.Tests.Assessments;

namespace Decider.Web.Tests.Systems;

/// <summary>The read-only page of a saved system, as a design review opens its link.</summary>
public sealed class SystemPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private readonly HttpClient _client = app.Factory.CreateClient();

    private const string Saas = """
        {"title":"Six-person SaaS","team":{"current-stack":"typescript","rust-reviewers":"one"},
         "components":[
          {"name":"Admin panel","answers":{"lifespan":"long-lived","workload":"frontend","performance":"not-primary","failure-cost":"low",
            "input-trust":"trusted","change-rate":"weekly","boundary":"fuzzy"}},
          {"name":"File parser","answers":{"lifespan":"long-lived","workload":"parser","performance":"important","performance-needs":["memory"],
            "bottleneck":"runtime-bound","failure-cost":"high","input-trust":"untrusted","runtime-profile":"always-on","change-rate":"stable",
            "boundary":"clear","ecosystem":"covered"}}],
         "notes":"<b>not markup</b>"}
        """;

    [Fact]
    public async Task SavedSystem_IsPlainHtmlWithTheMapTheSliceTheLeversAndPreviewTags()
    {
        var saved = await _client.PostAsync("/api/v1/systems", new StringContent(Saas, Encoding.UTF8, "application/json"));
        var id = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        var response = await _client.GetAsync($"/s/{id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("blazor.web.js", html);
        Assert.Contains("<meta property=\"og:title\" content=\"Six-person SaaS: 1 of 2 components goes to Rust\" />", html);
        Assert.Contains("<th scope=\"row\">File parser</th>", html);
        Assert.Contains("It goes after a time-boxed spike first; the other one stays where it is.", html);
        Assert.Contains("Prove it with a Rust spike", html);
        Assert.Contains("Train or hire a second Rust reviewer: moves File parser", html);
        Assert.Contains("TypeScript", html);
        Assert.Contains("<figure class=\"axes-chart\">", html);
        Assert.Contains("2 File parser (need ", html);
        Assert.Contains("&lt;b&gt;not markup&lt;/b&gt;", html);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("nope")]
    public async Task UnknownSystem_GetsTheNotFoundPage(string id)
    {
        var response = await _client.GetAsync($"/s/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
