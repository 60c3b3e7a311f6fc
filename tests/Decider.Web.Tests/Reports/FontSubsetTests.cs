using Decider.Web.Reports.Layout;
using SkiaSharp;

namespace Decider.Web.Tests.Reports;

public sealed class FontSubsetTests
{
    [Fact]
    public void Of_SomeGlyphs_KeepsTheirOutlinesIdsAndWidthsAndDropsTheRest()
    {
        using var whole = new SKFont(ReportFont.Regular.Typeface, 12);
        var used = whole.GetGlyphs("Łódź");

        using var typeface = ReportFont.Load(FontSubset.Of(ReportFont.Regular.Data, used));
        using var cut = new SKFont(typeface, 12);

        Assert.Equal(used, cut.GetGlyphs("Łódź"));
        Assert.Equal(whole.MeasureText("Łódź xyz"), cut.MeasureText("Łódź xyz"));
        foreach (var glyph in used)
        {
            using var path = cut.GetGlyphPath(glyph);
            Assert.False(path.IsEmpty);
        }
        using var dropped = cut.GetGlyphPath(whole.GetGlyphs("Q")[0]);
        Assert.True(dropped.IsEmpty);
    }

    [Fact]
    public void Of_AccentedLetter_KeepsTheGlyphsItIsComposedOf()
    {
        using var whole = new SKFont(ReportFont.Bold.Typeface, 12);
        var accented = whole.GetGlyphs("é");
        using var expected = whole.GetGlyphPath(accented[0]);

        using var typeface = ReportFont.Load(FontSubset.Of(ReportFont.Bold.Data, accented));
        using var cut = new SKFont(typeface, 12);
        using var path = cut.GetGlyphPath(accented[0]);

        Assert.Equal(expected.Bounds, path.Bounds);
        Assert.Equal(expected.PointCount, path.PointCount);
    }

    [Fact]
    public void Of_ATypicalReport_IsATenthOfTheWholeFont()
    {
        using var whole = new SKFont(ReportFont.Regular.Typeface, 12);
        var text = "Parsers of messy input are a classic Rust fit: 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz ·—→•…";

        var subset = FontSubset.Of(ReportFont.Regular.Data, whole.GetGlyphs(text));

        Assert.True(subset.Length < ReportFont.Regular.Data.Length / 5, $"{subset.Length} bytes of {ReportFont.Regular.Data.Length}");
    }

    [Fact]
    public void Of_NotATrueTypeFont_SaysWhatIsMissing()
    {
        var font = new byte[12];
        font[0] = 0x4F; // "OTTO" with no tables: a font without TrueType outlines

        var error = Assert.Throws<InvalidDataException>(() => FontSubset.Of(font, [1]));

        Assert.Contains("'head'", error.Message);
    }
}
