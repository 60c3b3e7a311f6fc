namespace Decider.Web.Reports.Layout;

/// <summary>
/// Everything the layout draws goes through these few calls, so a layout can be tested against
/// <see cref="RecordingCanvas"/> without making a PDF, and the PDF library is met in one place (<see cref="PdfRenderer"/>).
/// </summary>
public interface ICanvas
{
    /// <summary>A run of text in one face, already in visual order, with its left end at x and its baseline at y.</summary>
    void DrawText(GlyphRun run, float x, float baseline, float angle = 0);

    void FillRectangle(Rect rect, Color color, float cornerRadius = 0);

    void DrawLine(float x1, float y1, float x2, float y2, Color color, float width);

    void DrawCircle(float centerX, float centerY, float radius, Color fill, Color ring, float ringWidth);

    void AddLink(Rect rect, string url);

    /// <summary>An entry of the document's outline that opens this page at y.</summary>
    void AddBookmark(string title, float y);
}

public static class CanvasExtensions
{
    /// <summary>A shaped line, its runs side by side from x; returns where it ends.</summary>
    public static float DrawRuns(this ICanvas canvas, IEnumerable<GlyphRun> runs, float x, float baseline)
    {
        foreach (var run in runs)
        {
            canvas.DrawText(run, x, baseline);
            x += run.Width;
        }
        return x;
    }
}
