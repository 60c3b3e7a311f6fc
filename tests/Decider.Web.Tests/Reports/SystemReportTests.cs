using System.Net;
using System.Text;
using System.Text.Json;
using Decider.Web.Tests.Assessments;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using static Decider.Web.Tests.Sharing.SavedPages;

namespace Decider.Web.Tests.Reports;

/// <summary>A saved system's PDF read back with PdfPig: the map on the first page, then a page per component.</summary>
public sealed class SystemReportTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private readonly HttpClient _client = app.Factory.CreateClient();

    internal const string Saas = """
        {"title":"Six-person SaaS","team":{"current-stack":"typescript","rust-reviewers":"one","deadline":"flexible","hiring":"train"},
         "components":[
          {"name":"Admin panel","answers":{"lifespan":"long-lived","workload":"frontend","performance":"not-primary","failure-cost":"low",
            "input-trust":"trusted","change-rate":"weekly","boundary":"fuzzy"}},
          {"name":"File parser","answers":{"lifespan":"long-lived","workload":"parser","performance":"important","performance-needs":["memory"],
            "bottleneck":"runtime-bound","failure-cost":"high","input-trust":"untrusted","runtime-profile":"always-on","change-rate":"stable",
            "boundary":"clear","ecosystem":"covered"}}],
         "notes":"Only the parser is a candidate.","revisitBy":"2030-01-31"}
        """;

    private async Task<(string Id, byte[] Pdf)> PdfAsync()
    {
        var saved = await _client.PostAsync("/api/v1/systems", new StringContent(Saas, Encoding.UTF8, "application/json"));
        var id = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var response = await _client.GetAsync($"/s/{id}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("six-person-saas-decider.pdf", response.Content.Headers.ContentDisposition?.ToString());
        return (id, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Pdf_TheMapFirst_ThenEachComponentOnAPageOfItsOwn()
    {
        var (_, bytes) = await PdfAsync();

        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(p => Normalise(ContentOrderTextExtractor.GetText(p))).ToList();
        Assert.Contains("RUST IN THE SYSTEM Six-person SaaS", pages[0]);
        Assert.Contains("1 of 2 components goes to Rust. It goes after a time-boxed spike first; the other one stays where it is.", pages[0]);
        Assert.Contains("Train or hire a second Rust reviewer: moves File parser", pages[0]);
        Assert.Contains("The team, answered once", pages[0]);
        Assert.Contains("Only the parser is a candidate.", pages[0]);
        Assert.Contains("Revisit by 31 January 2030", pages[0]);
        var admin = pages.FindIndex(p => p.Contains("COMPONENT 1 OF 2 Admin panel", StringComparison.Ordinal));
        var parser = pages.FindIndex(p => p.Contains("COMPONENT 2 OF 2 File parser", StringComparison.Ordinal));
        Assert.Equal(1, admin);
        Assert.True(parser > admin);
        Assert.Contains("Prove it with a Rust spike", pages[parser]);
        Assert.Contains("Input: Untrusted", string.Join(" ", pages.Skip(parser)));
        Assert.Contains("References", pages[^1]);
        Assert.All(pages, p => Assert.Contains("Decider · Six-person SaaS 1 of 2 components goes to Rust", p));
    }

    [Fact]
    public async Task Pdf_HasPropertiesAnOutlineAndLinksToEachComponentsOwnAssessment()
    {
        var (id, bytes) = await PdfAsync();

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal("Six-person SaaS", pdf.Information.Title);
        Assert.Equal("Decider system map: 1 of 2 components goes to Rust", pdf.Information.Subject);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
        Assert.Equal(["The map", "What would move the most components", "The team, answered once", "Notes", "1. Admin panel", "2. File parser", "References"],
            titles.Where(t => !t.StartsWith("For", StringComparison.Ordinal) && !t.StartsWith("Against", StringComparison.Ordinal)
                && !t.StartsWith("What the team", StringComparison.Ordinal) && !t.StartsWith("Its own", StringComparison.Ordinal)));
        var links = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => (a.Action as UriAction)?.Uri).OfType<string>().ToList();
        Assert.Contains($"http://localhost/?system={id}&component=1", links);
        Assert.Contains($"http://localhost/?system={id}&component=2", links);
        Assert.Contains($"http://localhost/s/{id}", links);
        Assert.Contains(links, l => l.StartsWith("http://localhost/sources#", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pdf_UnknownSystem_IsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/s/AAAAAAAAAAAAAAAAAAAAAA/report.pdf")).StatusCode);
    }
}
