using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Decider.Web.Tests.Assessments;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Decider.Web.Tests.Sharing;

/// <summary>The share page, the PDF, the ADR and the comparison of a saved assessment.</summary>
public sealed class SavedAssessmentPagesTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    private const string HostileTitle = "Invoice <script>alert('x')</script> worker & co";
    private const string HostileNotes = "Reviewed by <b>Ana</b>.\nSecond line: [link](javascript:alert(1)) & more";
    // A strong need and one reviewer: a spike, which a second reviewer would turn into Rust.
    private const string Answers = """{"age":"lasting","speed":"critical","speed-targets":["memory"],"stakes":"high","reviewers":"one","calendar":"relaxed"}""";

    private readonly HttpClient _client = app.Factory.CreateClient();

    [Fact]
    public async Task SharePage_Saved_ShowsEverythingReadOnlyWithPreviewTags()
    {
        var (id, _) = await SaveAsync(HostileTitle, HostileNotes);

        var response = await _client.GetAsync($"/a/{id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Test verdict spike", html);
        Assert.Contains("Invoice &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; worker &amp; co", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>Ana</b>", html);
        Assert.Contains("Reviewed by &lt;b&gt;Ana&lt;/b&gt;.", html);
        Assert.Contains("<meta property=\"og:title\" content=\"Invoice &lt;script&gt;", html);
        Assert.Contains("<meta property=\"og:description\" content=\"Test verdict spike:", html);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\"", html);
        Assert.Contains("Test reason: speed is critical.", html);
        Assert.Contains("href=\"/sources#guide-b\"", html);
        Assert.Contains("Test question about reviewers?", html);
        Assert.Contains("Test one person", html);
        Assert.Contains($"href=\"/a/{id}/report.pdf\"", html);
        Assert.Contains($"href=\"/?revise={id}\"", html);
        // Rendered without an interactive circuit: no server component markers to resume.
        Assert.DoesNotContain("<!--Blazor:{\"type\":\"server\"", html);
    }

    [Fact]
    public async Task SharePage_UnknownId_Returns404WithAnExplanation()
    {
        var response = await _client.GetAsync("/a/AAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This page is not here", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownRoute_PersonGetsPageAndApiClientGetsProblem()
    {
        var page = await _client.GetAsync("/no-such-page");
        var api = await _client.GetAsync("/api/v1/no-such-route");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("This page is not here", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pdf_Saved_HoldsTitleVerdictReasonsSourcesAnswersAndNotes()
    {
        var (id, _) = await SaveAsync(HostileTitle, HostileNotes);

        var response = await _client.GetAsync($"/a/{id}/report.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        // Content order keeps each column's lines together, as they are drawn.
        var text = Normalise(string.Join("\n", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))));
        Assert.Contains(Normalise(HostileTitle), text);
        Assert.Contains("Test verdict spike", text);
        Assert.Contains("Need 79/100 · readiness 45/100", text);
        Assert.Contains("Readiness →", text);
        Assert.Contains("What the component needs", text);
        Assert.Contains("What the team can carry", text);
        Assert.Contains("Where the sources differ", text);
        Assert.Contains("“test words about speed”", text);
        Assert.Contains("What it turns on here: Reviewers: Test one person.", text);
        Assert.Contains("Test reason: speed is critical.", text);
        Assert.Contains("Test guide B: teams and tools", text);
        Assert.Contains("Test question about stakes? Test high", text);
        Assert.Contains("Spike plan", text);
        Assert.Contains("Reviewed by <b>Ana</b>.", text);
        Assert.Contains($"/a/{id}", text);
        Assert.Contains($"Page 1 of {pdf.NumberOfPages}", text);
    }

    [Fact]
    public async Task Adr_Saved_IsMadrWithEscapedUserText()
    {
        var (id, _) = await SaveAsync(HostileTitle, HostileNotes);

        var response = await _client.GetAsync($"/a/{id}/adr.md");
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("because test gate: try it small first.", markdown);
        Assert.Contains("Need 79/100 (how much the component needs what Rust gives), readiness 45/100", markdown);
        Assert.Contains("## Where the Sources Differ", markdown);
        foreach (var heading in new[] { "## Context and Problem Statement", "## Decision Drivers", "## Considered Options", "## Decision Outcome", "### Consequences" })
        {
            Assert.Contains(heading, markdown);
        }
        Assert.Contains("Chosen option: \"Test verdict spike\"", markdown);
        Assert.Contains("* Test verdict Rust:", markdown);
        Assert.DoesNotContain("<script>", markdown);
        Assert.DoesNotContain("<b>", markdown);
        Assert.Contains("&lt;script&gt;", markdown);
        Assert.Contains("\\[link\\](javascript:alert(1))", markdown);
    }

    [Fact]
    public async Task Compare_RevisionAndParent_HighlightsWhatChanged()
    {
        var (parent, _) = await SaveAsync("Parser", null);
        var (child, _) = await SaveAsync("Parser", null, Answers.Replace("\"reviewers\":\"one\"", "\"reviewers\":\"two\"", StringComparison.Ordinal), parent);

        var share = await _client.GetStringAsync($"/a/{child}");
        var html = await _client.GetStringAsync($"/compare/{parent}/{child}");

        Assert.Contains($"href=\"/compare/{parent}/{child}\"", share);
        Assert.Contains("Test two people", html);
        Assert.Contains("class=\"changed\"", html);
        Assert.Contains("Test verdict Rust", html);
        Assert.Contains("Reasons gained", html);
        Assert.Contains("Test reason: two reviewers.", html);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/compare/{parent}/AAAAAAAAAAAAAAAAAAAAAA")).StatusCode);
    }

    private async Task<(string Id, JsonElement Body)> SaveAsync(string title, string? notes, string answers = Answers, string? revises = null)
    {
        var body = $$"""{"title":{{JsonSerializer.Serialize(title)}},"notes":{{JsonSerializer.Serialize(notes)}},"answers":{{answers}},"revises":{{JsonSerializer.Serialize(revises)}}}""";
        var response = await _client.PostAsync("/api/v1/assessments", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("id").GetString()!, json);
    }

    private static string Normalise(string text) => SavedPages.Normalise(text);
}
