using SkiaSharp;

namespace Decider.Web.Reports.Layout;

/// <summary>A page being drawn: its canvas, and the fonts of its document.</summary>
public sealed class PdfPage(SKCanvas canvas, DocumentFonts fonts)
{
    public SKCanvas Canvas => canvas;

    /// <summary>Draws one line of text with its baseline at <paramref name="baseline"/> and returns its width.</summary>
    public float DrawText(string text, float x, float baseline, TextStyle style)
    {
        using var font = fonts.Font(style, text);
        using var paint = new SKPaint { Color = style.Color, IsAntialias = true };
        canvas.DrawText(text, x, baseline, SKTextAlign.Left, font, paint);
        return font.MeasureText(text);
    }
}
