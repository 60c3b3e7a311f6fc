using System.Net;
using System.Text;
using System.Text.Json;
using Decider.Web.Tests.Assessments;

namespace Decider.Web.Tests.Reports;

/// <summary>The ADR of each component of a saved system that goes to Rust, and none for the others.</summary>
public sealed class ComponentAdrTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private readonly HttpClient _client = app.Factory.CreateClient();

    private async Task<string> SaveAsync()
    {
        var saved = await _client.PostAsync("/api/v1/systems", new StringContent(SystemReportTests.Saas, Encoding.UTF8, "application/json"));
        return JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Adr_ComponentGoingToRust_IsAMadrRecordWithTheTeamsAnswersAsContext()
    {
        var id = await SaveAsync();

        var response = await _client.GetAsync($"/s/{id}/components/2/adr.md");
        var md = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("# File parser: Prove it with a Rust spike\n", md.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("* Status: proposed", md);
        Assert.Contains($"* System: <http://localhost/s/{id}>, component 2 of 2", md);
        Assert.Contains("Should *File parser*, part of *Six-person SaaS*, be written in Rust? 1 of 2 components goes to Rust.", md);
        Assert.Contains("* Who can write and review Rust? — One person (the team)", md);
        Assert.Contains("## Decision Drivers", md);
        Assert.Contains("Chosen option: \"Prove it with a Rust spike\", because", md);
        Assert.Contains("### Spike plan", md);
        Assert.Contains("* Train or hire a second Rust reviewer → Write it in Rust", md);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(0)]
    public async Task Adr_ComponentStayingOrMissing_IsNotFound(int number)
    {
        var id = await SaveAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/s/{id}/components/{number}/adr.md")).StatusCode);
    }

    [Fact]
    public async Task SystemPage_LinksTheAdrOfTheComponentGoingToRustOnly()
    {
        var id = await SaveAsync();

        var html = await _client.GetStringAsync($"/s/{id}");

        Assert.Contains($"href=\"/s/{id}/components/2/adr.md\" aria-label=\"ADR: File parser\"", html);
        Assert.DoesNotContain($"/s/{id}/components/1/adr.md", html);
    }
}
