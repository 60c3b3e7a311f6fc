using SkiaSharp;

namespace Decider.Web.Reports.Layout;

/// <summary>A font, size and colour, with the line height used to stack wrapped lines.</summary>
public sealed record TextStyle(bool IsBold, float Size, SKColor Color, float LineHeightFactor = 1.35f)
{
    public float LineHeight => Size * LineHeightFactor;

    public SKFont CreateFont() => new(IsBold ? ReportFonts.Bold : ReportFonts.Regular, Size) { Subpixel = true };

    public float Measure(string text)
    {
        using var font = CreateFont();
        return font.MeasureText(text);
    }
}
