using SkiaSharp;

namespace Decider.Web.Reports.Layout;

/// <summary>
/// The unit of pagination: something with a fixed height that is drawn whole on one page. Text is
/// wrapped into rows before paging, so a page break can fall between any two lines.
/// </summary>
public abstract class Row
{
    public abstract float Height { get; }

    public abstract void Draw(PdfPage page, float x, float y, float width);
}

/// <summary>One line of text, optionally indented and linked.</summary>
public sealed class TextRow(string text, TextStyle style, float indent = 0, string? link = null) : Row
{
    // The link's bytes must outlive the page: the PDF writer reads them when the document is written, and a
    // collected SKData freed them earlier, corrupting the native heap under load. The row holds them while the
    // document holds the row.
    private SKData? _linkData;

    public override float Height => style.LineHeight;

    public override void Draw(PdfPage page, float x, float y, float width)
    {
        var drawn = page.DrawText(text, x + indent, y + style.Size, style);
        if (link is not null)
        {
            _linkData = page.Canvas.DrawUrlAnnotation(new SKRect(x + indent, y, x + indent + drawn, y + Height), link);
        }
    }
}

/// <summary>Empty space.</summary>
public sealed class SpaceRow(float height) : Row
{
    public override float Height => height;

    public override void Draw(PdfPage page, float x, float y, float width)
    {
    }
}

/// <summary>A thin horizontal rule.</summary>
public sealed class RuleRow(SKColor color) : Row
{
    public override float Height => 8;

    public override void Draw(PdfPage page, float x, float y, float width)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = 0.75f, IsAntialias = true };
        page.Canvas.DrawLine(x, y + 4, x + width, y + 4, paint);
    }
}

/// <summary>A horizontal gauge, such as the Rust-fit score.</summary>
public sealed class BarRow(float fraction, SKColor fill, SKColor track, float barWidth) : Row
{
    public override float Height => 14;

    public override void Draw(PdfPage page, float x, float y, float width)
    {
        using var trackPaint = new SKPaint { Color = track, IsAntialias = true };
        using var fillPaint = new SKPaint { Color = fill, IsAntialias = true };
        page.Canvas.DrawRoundRect(new SKRect(x, y + 3, x + barWidth, y + 11), 4, 4, trackPaint);
        page.Canvas.DrawRoundRect(new SKRect(x, y + 3, x + barWidth * Math.Clamp(fraction, 0, 1), y + 11), 4, 4, fillPaint);
    }
}

/// <summary>Rows kept together on one page (a reason, a table row), unless they are taller than a page.</summary>
public sealed class GroupRow(IReadOnlyList<Row> rows, SKColor? background = null, float padding = 0) : Row
{
    public IReadOnlyList<Row> Rows => rows;

    public override float Height => rows.Sum(r => r.Height) + 2 * padding;

    public override void Draw(PdfPage page, float x, float y, float width)
    {
        if (background is { } color)
        {
            using var paint = new SKPaint { Color = color, IsAntialias = true };
            page.Canvas.DrawRoundRect(new SKRect(x, y, x + width, y + Height), 4, 4, paint);
        }
        var top = y + padding;
        foreach (var row in rows)
        {
            row.Draw(page, x + padding, top, width - 2 * padding);
            top += row.Height;
        }
    }
}

/// <summary>Cells side by side (a table row); each cell's rows are drawn at its own left offset.</summary>
public sealed class CellsRow(IReadOnlyList<(float Offset, float Width, IReadOnlyList<Row> Rows)> cells, float padding = 3) : Row
{
    public override float Height => cells.Max(c => c.Rows.Sum(r => r.Height)) + 2 * padding;

    public override void Draw(PdfPage page, float x, float y, float width)
    {
        foreach (var (offset, cellWidth, rows) in cells)
        {
            var top = y + padding;
            foreach (var row in rows)
            {
                row.Draw(page, x + offset, top, cellWidth);
                top += row.Height;
            }
        }
    }
}
