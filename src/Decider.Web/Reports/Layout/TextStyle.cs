using SkiaSharp;

namespace Decider.Web.Reports.Layout;

/// <summary>A font, size and colour, with the line height used to stack wrapped lines.</summary>
public sealed record TextStyle(bool IsBold, float Size, SKColor Color, float LineHeightFactor = 1.35f)
{
    public float LineHeight => Size * LineHeightFactor;

    public ReportFont Face => IsBold ? ReportFont.Bold : ReportFont.Regular;

    /// <summary>A font in this style, in the whole face unless a document's cut-down <paramref name="typeface"/> is given.</summary>
    public SKFont CreateFont(SKTypeface? typeface = null) => new(typeface ?? Face.Typeface, Size) { Subpixel = true };

    public float Measure(string text)
    {
        using var font = CreateFont();
        return font.MeasureText(text);
    }
}
