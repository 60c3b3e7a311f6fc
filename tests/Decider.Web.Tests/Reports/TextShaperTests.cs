using Decider.Web.Reports;
using Decider.Web.Reports.Layout;

namespace Decider.Web.Tests.Reports;

public sealed class TextShaperTests
{
    private static readonly TextStyle Body = ReportTypography.Body;

    [Fact]
    public void Shape_ArabicBetweenLatin_IsJoinedReversedAndKeepsItsSpaces()
    {
        var runs = TextShaper.Shape("Notes: مرحبا بالعالم, next", Body);

        var text = string.Concat(runs.Select(r => r.Text));
        // Presentation forms in visual order: the last letter of "بالعالم" (final meem) comes first.
        Assert.Equal("Notes: \uFEE2\uFEDF\uFE8E\uFECC\uFEDF\uFE8E\uFE91 \uFE8E\uFE92\uFEA3\uFEAE\uFEE3, next", text);
        // As wide as the glyphs drawn, so the text after it starts where the Arabic ends.
        Assert.Equal(text.Sum(c => ReportFonts.Regular.Width(c, Body.Size)), runs.Sum(r => r.Width), 0.01);
    }

    [Fact]
    public void Shape_Hebrew_IsDrawnRightToLeft()
    {
        var runs = TextShaper.Shape("שלום", Body);

        Assert.Equal("םולש", string.Concat(runs.Select(r => r.Text)));
    }

    [Fact]
    public void Shape_ChineseAndJapanese_ComeFromTheInstalledCjkFont()
    {
        Assert.True(ReportFonts.Cjk is not null, $"No CJK font at {ReportFonts.CjkFontPath}: tests/run.sh installs Debian's fonts-droid-fallback.");

        var runs = TextShaper.Shape("Parser 中文 日本語", Body);

        Assert.Equal(["Parser ", "中文", " ", "日本語"], runs.Select(r => r.Text));
        Assert.Equal(ReportFonts.Cjk, runs[1].Face);
        Assert.Equal(ReportFonts.Regular, runs[2].Face);
        Assert.All(runs, r => Assert.True(r.Width > 0));
    }

    [Fact]
    public void Shape_CharacterNoFontHas_BecomesAVisibleMarker()
    {
        var runs = TextShaper.Shape("ship 🚀 it", Body);

        Assert.Equal($"ship {char.ConvertFromUtf32(ReportFonts.Marker)} it", string.Concat(runs.Select(r => r.Text)));
        Assert.False(TextShaper.CanDraw("ship 🚀 it"));
        Assert.True(TextShaper.CanDraw("Łódź Ελλάδα Привет مرحبا שלום 中文"));
    }

    [Fact]
    public void Wrap_Chinese_BreaksBetweenCharactersWithinTheWidth()
    {
        var text = string.Concat(Enumerable.Repeat("数据解析器", 20));

        var lines = TextShaper.Wrap(text, Body, 100);

        Assert.True(lines.Count > 1);
        Assert.Equal(text, string.Concat(lines));
        Assert.All(lines, l => Assert.True(TextShaper.Measure(l, Body) <= 100));
    }
}
