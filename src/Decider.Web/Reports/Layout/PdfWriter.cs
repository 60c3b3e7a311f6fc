using SkiaSharp;

namespace Decider.Web.Reports.Layout;

/// <summary>
/// Draws laid-out pages with SkiaSharp's PDF backend. Header and footer are drawn last, when the number
/// of pages is known ("page 2 of 5"). Text stays text, so the PDF can be searched and copied from.
/// </summary>
public static class PdfWriter
{
    public delegate void PageDecoration(PdfPage page, int number, int pageCount);

    public static byte[] Write(PageLayout layout, SKDocumentPdfMetadata metadata, PageDecoration decorate)
    {
        var pages = layout.Pages.Where(p => p.Count > 0).ToList();
        using var fonts = new DocumentFonts();
        using (var sketch = new SKNoDrawCanvas((int)PageLayout.PageWidth, (int)PageLayout.PageHeight))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                Draw(new PdfPage(sketch, fonts), pages, i, decorate);
            }
        }
        fonts.CutDown();

        using var stream = new SKDynamicMemoryWStream();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                Draw(new PdfPage(document.BeginPage(PageLayout.PageWidth, PageLayout.PageHeight), fonts), pages, i, decorate);
                document.EndPage();
            }
            document.Close();
        }
        using var data = stream.DetachAsData();
        return data.ToArray();
    }

    private static void Draw(PdfPage page, List<IReadOnlyList<PlacedRow>> pages, int index, PageDecoration decorate)
    {
        foreach (var placed in pages[index])
        {
            placed.Row.Draw(page, placed.X, placed.Y, placed.Width);
        }
        decorate(page, index + 1, pages.Count);
    }
}
