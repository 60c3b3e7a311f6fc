using SkiaSharp;

namespace Decider.Web.Reports.Layout;

/// <summary>
/// Draws laid-out pages with SkiaSharp's PDF backend. Header and footer are drawn last, when the number
/// of pages is known ("page 2 of 5"). Text stays text, so the PDF can be searched and copied from.
/// </summary>
public static class PdfWriter
{
    public delegate void PageDecoration(SKCanvas canvas, int page, int pageCount);

    public static byte[] Write(PageLayout layout, SKDocumentPdfMetadata metadata, PageDecoration decorate)
    {
        using var stream = new SKDynamicMemoryWStream();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var pages = layout.Pages.Where(p => p.Count > 0).ToList();
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(PageLayout.PageWidth, PageLayout.PageHeight);
                foreach (var placed in pages[i])
                {
                    placed.Row.Draw(canvas, placed.X, placed.Y, placed.Width);
                }
                decorate(canvas, i + 1, pages.Count);
                document.EndPage();
            }
            document.Close();
        }
        using var data = stream.DetachAsData();
        return data.ToArray();
    }
}
