using Microsoft.IO;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Decider.Web.Reports.Layout;

/// <summary>The document properties a PDF reader shows.</summary>
public sealed record DocumentInfo(string Title, string Subject, DateTimeOffset Created);

/// <summary>
/// Writes laid-out pages as a PDF with PDFsharp, which embeds only the glyphs each document uses of each font. Text
/// stays text, so the PDF can be searched and copied from; links and the outline work in any reader.
/// </summary>
public static class PdfRenderer
{
    // A report is about 100 KB: a MemoryStream and its copy would each be a large object, so every PDF would
    // leave two in the large object heap until the next full collection. Pooled blocks are reused instead.
    private static readonly RecyclableMemoryStreamManager Streams = new();

    static PdfRenderer()
    {
        GlobalFontSettings.FontResolver = new ReportFonts.Resolver();
    }

    /// <summary>The PDF, in a pooled stream at position 0 that the caller disposes.</summary>
    public static Stream Render(IReadOnlyList<RecordingCanvas> pages, PageSetup setup, DocumentInfo info)
    {
        using var document = new PdfDocument();
        document.Info.Title = info.Title;
        document.Info.Subject = info.Subject;
        document.Info.Author = "Decider";
        document.Info.Creator = "Decider";
        document.Info.CreationDate = info.Created.UtcDateTime;
        document.Info.ModificationDate = info.Created.UtcDateTime;
        document.Options.CompressContentStreams = true;
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestCompression;
        document.PageLayout = PdfPageLayout.SinglePage;
        document.PageMode = PdfPageMode.UseOutlines;
        var fonts = new Dictionary<(string, float), XFont>();
        foreach (var recorded in pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(setup.Width);
            page.Height = XUnit.FromPoint(setup.Height);
            using var graphics = XGraphics.FromPdfPage(page);
            recorded.ReplayOn(new PdfCanvas(document, page, graphics, setup.Height, fonts));
        }
        var stream = Streams.GetStream("report.pdf");
        try
        {
            document.Save(stream, closeStream: false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
        stream.Position = 0;
        return stream;
    }

    private sealed class PdfCanvas(PdfDocument document, PdfPage page, XGraphics graphics, float pageHeight, Dictionary<(string, float), XFont> fonts) : ICanvas
    {
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

        public void DrawText(GlyphRun run, float x, float baseline, float angle = 0)
        {
            var key = (run.Face.Name, run.Size);
            if (!fonts.TryGetValue(key, out var font))
            {
                fonts[key] = font = new XFont(run.Face.Name, run.Size, XFontStyleEx.Regular, Unicode);
            }
            var brush = new XSolidBrush(ColorOf(run.Color));
            if (angle == 0)
            {
                graphics.DrawString(run.Text, font, brush, x, baseline, XStringFormats.BaseLineLeft);
                return;
            }
            var state = graphics.Save();
            graphics.RotateAtTransform(angle, new XPoint(x, baseline));
            graphics.DrawString(run.Text, font, brush, x, baseline, XStringFormats.BaseLineLeft);
            graphics.Restore(state);
        }

        public void FillRectangle(Rect rect, Color color, float cornerRadius = 0)
        {
            var brush = new XSolidBrush(ColorOf(color));
            if (cornerRadius > 0)
            {
                graphics.DrawRoundedRectangle(brush, rect.X, rect.Y, rect.Width, rect.Height, 2 * cornerRadius, 2 * cornerRadius);
            }
            else
            {
                graphics.DrawRectangle(brush, rect.X, rect.Y, rect.Width, rect.Height);
            }
        }

        public void DrawLine(float x1, float y1, float x2, float y2, Color color, float width) =>
            graphics.DrawLine(new XPen(ColorOf(color), width), x1, y1, x2, y2);

        public void DrawCircle(float centerX, float centerY, float radius, Color fill, Color ring, float ringWidth) =>
            graphics.DrawEllipse(new XPen(ColorOf(ring), ringWidth), new XSolidBrush(ColorOf(fill)), centerX - radius, centerY - radius, 2 * radius, 2 * radius);

        // PDF annotations are placed from the bottom left of the page.
        public void AddLink(Rect rect, string url) =>
            page.AddWebLink(new PdfRectangle(new XRect(rect.X, pageHeight - rect.Bottom, rect.Width, rect.Height)), url);

        public void AddBookmark(string title, float y)
        {
            var outline = document.Outlines.Add(title, page, opened: true);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Left = 0;
            outline.Top = pageHeight - y + 12;
        }

        private static XColor ColorOf(Color color) => XColor.FromArgb(color.R, color.G, color.B);
    }
}
