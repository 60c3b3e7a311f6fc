using System.Net;
using System.Text.Json;
using Decider.Web.Tests.Assessments;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using static Decider.Web.Tests.Sharing.SavedPages;

namespace Decider.Web.Tests.Reports;

/// <summary>The PDF report read back with PdfPig: its scripts, links, outline, properties and size.</summary>
public sealed class PdfReportTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    private const string Answers = """{"age":"lasting","speed":"critical","speed-targets":["memory"],"stakes":"high","reviewers":"one","calendar":"relaxed"}""";

    private readonly HttpClient _client = app.Factory.CreateClient();

    [Fact]
    public async Task Pdf_EveryScript_IsDrawnAsTextAndWhatCannotBeDrawnIsMarkedWithANote()
    {
        const string title = "Łódź parser — Ελλάδα, Привет, 中文 日本語 🚀";
        var (id, bytes) = await PdfAsync(title, "Arabic: مرحبا بالعالم and Hebrew: שלום עולם.");

        using var pdf = PdfDocument.Open(bytes);
        var text = Normalise(string.Join("\n", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))));
        Assert.Contains("Łódź parser — Ελλάδα, Привет, 中文 日本語 \uFFFD", text);
        // Right-to-left text is stored in the order it is drawn, and Arabic as its joined presentation forms (see TextShaperTests).
        Assert.Contains("Arabic: \uFEE2\uFEDF\uFE8E\uFECC\uFEDF\uFE8E\uFE91 \uFE8E\uFE92\uFEA3\uFEAE\uFEE3 and Hebrew: " + Reversed("שלום עולם") + ".", text);
        Assert.Contains($"Some characters cannot be printed in this PDF and are shown as \uFFFD; the share page shows them all: http://localhost/a/{id}", text);
    }

    [Fact]
    public async Task Pdf_Saved_HasPropertiesAnOutlineAndWorkingLinks()
    {
        var (id, bytes) = await PdfAsync("Invoice import worker", null);

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal("Invoice import worker", pdf.Information.Title);
        Assert.Equal("Decider recommendation: Test verdict spike", pdf.Information.Subject);
        Assert.NotNull(pdf.Information.CreationDate);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
        foreach (var section in new[] { "Verdict", "What the component needs", "What the team can carry", "Open questions", "Next steps", "Answers given", "References" })
        {
            Assert.Contains(section, titles);
        }
        var links = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => (a.Action as UriAction)?.Uri).OfType<string>().ToList();
        Assert.Contains($"http://localhost/a/{id}", links);
        Assert.Contains("http://localhost/sources#guide-a", links);
        Assert.Contains("http://localhost/sources#guide-b", links);
        // The footer of every page links to the share page.
        Assert.Equal(pdf.NumberOfPages, links.Count(l => l == $"http://localhost/a/{id}") - 1);
    }

    [Fact]
    public async Task Pdf_Typical_EmbedsFontSubsetsAndStaysSmall()
    {
        var (_, bytes) = await PdfAsync("Invoice import worker", "Reviewed by Ana.");

        using var pdf = PdfDocument.Open(bytes);
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        // A subset's name starts with a six-letter tag and a plus sign.
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+", f));
        Assert.True(bytes.Length < 60_000, $"The report is {bytes.Length} bytes.");
    }

    [Fact]
    public async Task Pdf_LongTitle_IsCutWithAnEllipsisInTheHeaderAndNeverMeetsTheVerdict()
    {
        var title = "A component with a title that keeps going " + string.Join(" ", Enumerable.Repeat("and going", 7));
        var (_, bytes) = await PdfAsync(title, null);

        using var pdf = PdfDocument.Open(bytes);
        foreach (var page in pdf.GetPages())
        {
            // The header line is the topmost text of the page.
            var top = page.Letters.Max(l => l.StartBaseLine.Y);
            var header = page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - top) < 0.5).OrderBy(l => l.StartBaseLine.X).ToList();
            var line = string.Concat(header.Select(l => l.Value));
            Assert.Contains("…", line);
            Assert.EndsWith("Test verdict spike", line);
            var ellipsis = header.First(l => l.Value == "…");
            var verdict = header.SkipWhile(l => l != ellipsis).Skip(1).First(l => l.Value != " ");
            Assert.True(verdict.BoundingBox.Left - ellipsis.BoundingBox.Right > 4, "The title runs into the verdict.");
        }
    }

    [Fact]
    public async Task Pdf_FromThePooledBuffers_IsWholeEveryTimeAndSaysItsLength()
    {
        var (id, first) = await PdfAsync("Invoice import worker", "Reviewed by Ana.");
        // A longer report in between: its pooled blocks are reused for the next one, which must not keep any of it.
        await PdfAsync("A much longer report " + string.Join(" ", Enumerable.Repeat("with a long title", 8)), string.Concat(Enumerable.Repeat("Many notes. ", 400)));

        var again = await _client.GetAsync($"/a/{id}/report.pdf");
        var bytes = await again.Content.ReadAsByteArrayAsync();

        Assert.Equal(bytes.Length, again.Content.Headers.ContentLength);
        Assert.Equal("application/pdf", again.Content.Headers.ContentType?.MediaType);
        // Each PDF names its font subsets afresh, so the two differ in those tags only.
        Assert.Equal(first.Length, bytes.Length);
        Assert.EndsWith("%%EOF\n", System.Text.Encoding.ASCII.GetString(bytes[^8..]));
        Assert.Equal(TextOf(first), TextOf(bytes));
    }

    private static string TextOf(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join("\n", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }

    private async Task<(string Id, byte[] Pdf)> PdfAsync(string title, string? notes)
    {
        var saved = await SaveAsync(_client, $$"""{"title":{{JsonSerializer.Serialize(title)}},"notes":{{JsonSerializer.Serialize(notes)}},"answers":{{Answers}}}""");
        var id = saved.GetProperty("id").GetString()!;
        var response = await _client.GetAsync($"/a/{id}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (id, await response.Content.ReadAsByteArrayAsync());
    }

    private static string Reversed(string text) => new([.. text.Reverse()]);
}
