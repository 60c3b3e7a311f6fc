using System.Globalization;
using Decider.Web.Reports.Layout;
using static Decider.Web.Reports.ReportTypography;

namespace Decider.Web.Reports;

/// <summary>
/// The parts every report is composed of: paragraphs, bullets, titled sections, sources cited by number, the page
/// header and footer, and the document itself, with a note when some characters cannot be printed.
/// </summary>
public sealed class ReportComposer(string shareUrl, IEnumerable<Source> sources)
{
    private readonly List<Source> _sources = [.. sources];
    private readonly List<string> _texts = [];

    /// <summary>Lays the sections out on A4 pages, the header's title on the left and its tag on the right.</summary>
    public Stream Render(IEnumerable<Element> sections, string headerTitle, string headerTag, DocumentInfo info)
    {
        var all = sections.ToList();
        if (!_texts.All(TextShaper.CanDraw))
        {
            all.Insert(1, Paragraph($"Some characters cannot be printed in this PDF and are shown as {char.ConvertFromUtf32(ReportFonts.Marker)}; " +
                $"the share page shows them all: {shareUrl}", Small));
        }
        var pages = DocumentLayout.Compose(new Column(all, spacing: 6), (page, count) => Header(headerTitle, headerTag), Footer, PageSetup.A4);
        return PdfRenderer.Render(pages, PageSetup.A4, info);
    }

    /// <summary>The lines a report opens with: what it is, its title, when it was saved, its link and when to revisit it.</summary>
    public List<Element> TitleLines(string label, string title, DateTime createdAt, string contentVersion, DateOnly? revisitBy, DateOnly today)
    {
        var lines = new List<Element>
        {
            Paragraph(label, Label),
            Paragraph(title, Title),
            Paragraph($"Saved {createdAt.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture)} · content version {contentVersion}", Small),
            Paragraph(shareUrl, SmallLink, shareUrl),
        };
        if (revisitBy is { } due)
        {
            var when = due.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            lines.Add(Paragraph(today > due ? $"Due for review: to be revisited by {when}" : $"Revisit by {when}", today > due ? Strong : Small));
        }
        return lines;
    }

    public Text Paragraph(string text, TextStyle style, string? link = null)
    {
        _texts.Add(text);
        return new Text(text, style, link);
    }

    public Row Bullet(string text) => new([new RowItem(Paragraph("•", Body), Constant: 12), new RowItem(Paragraph(text, Body), Relative: 1)]);

    public Element List(string title, IEnumerable<string> items, string whenEmpty, string? footnote = null)
    {
        var bullets = items.Select(Bullet).ToList();
        var content = new List<Element>(bullets.Count > 0 ? bullets : [Paragraph(whenEmpty, Small)]);
        if (footnote is not null)
        {
            content.Add(Paragraph(footnote, Small));
        }
        return Titled(title, new Column(content, spacing: 2));
    }

    /// <summary>A section: its heading kept with the first lines under it, and an entry in the outline.</summary>
    public Section Titled(string title, Element content) =>
        new(title, new KeepTogether(new Column([Paragraph(title, Heading), content], spacing: 2), minimumHeight: 90));

    /// <summary>The number a source is cited by: its place under References.</summary>
    public int Number(string sourceId) => _sources.FindIndex(s => s.Id == sourceId) + 1;

    public string Cite(IEnumerable<string> sourceIds) => string.Concat(sourceIds.Select(id => $"[{Number(id)}]"));

    public Element References() => Titled("References", new Column(_sources.Select(Reference), spacing: 2));

    private Text Reference(Source source)
    {
        var details = string.Join(", ", new[] { source.Author, source.Date }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var link = new Uri(new Uri(shareUrl), $"/sources#{source.Id}").ToString();
        return Paragraph($"[{Number(source.Id)}] {source.Title}{(details.Length > 0 ? $" — {details}" : "")}", Body, link);
    }

    private static Column Header(string title, string tag) => new([
        new Row([
            new RowItem(new Text(Ellipsized($"Decider · {title}", Small, PageSetup.A4.ContentWidth * 0.68f), Small), Relative: 68),
            new RowItem(new Text(Ellipsized(tag, Small, PageSetup.A4.ContentWidth * 0.3f), Small, alignment: TextAlignment.Right), Relative: 30),
        ], spacing: PageSetup.A4.ContentWidth * 0.02f),
        Shape.Rule(Line),
    ]);

    private Padding Footer(int page, int pages) => new(new Row([
        new RowItem(new Text(Ellipsized(shareUrl, SmallLink, PageSetup.A4.ContentWidth * 0.7f), SmallLink, shareUrl), Relative: 70),
        new RowItem(new Text($"Page {page} of {pages}", Small, alignment: TextAlignment.Right), Relative: 30),
    ]), 0, 12, 0, 0);

    /// <summary>One line: the text, or as much of it as fits followed by an ellipsis, so headers and footers never wrap.</summary>
    private static string Ellipsized(string text, TextStyle style, float width)
    {
        if (style.Measure(text) <= width)
        {
            return text;
        }
        var elements = System.Globalization.StringInfo.ParseCombiningCharacters(text);
        var low = 0;
        var high = elements.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            var candidate = text[..elements[mid - 1]].TrimEnd() + "…";
            if (style.Measure(candidate) <= width)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }
        return low == 0 ? "…" : text[..elements[low - 1]].TrimEnd() + "…";
    }
}
