using SkiaSharp;

namespace Decider.Web.Reports.Layout;

/// <summary>
/// The fonts of one PDF. The pages are drawn twice: the first pass notes the glyphs drawn in each face, then
/// each face is cut down to those glyphs (see <see cref="FontSubset"/>), and the second pass draws with the
/// cut-down faces, which are all the PDF embeds.
/// </summary>
public sealed class DocumentFonts : IDisposable
{
    private readonly Dictionary<ReportFont, HashSet<ushort>> _glyphs = new() { [ReportFont.Regular] = [], [ReportFont.Bold] = [] };
    private Dictionary<ReportFont, SKTypeface>? _cutDown;

    public SKFont Font(TextStyle style, string text)
    {
        if (_cutDown is null)
        {
            var font = style.CreateFont();
            _glyphs[style.Face].UnionWith(font.GetGlyphs(text));
            return font;
        }
        return style.CreateFont(_cutDown[style.Face]);
    }

    /// <summary>Ends the first pass: from here on <see cref="Font"/> gives the cut-down faces.</summary>
    public void CutDown() =>
        _cutDown = _glyphs.ToDictionary(face => face.Key, face => ReportFont.Load(FontSubset.Of(face.Key.Data, face.Value)));

    public void Dispose()
    {
        foreach (var typeface in _cutDown?.Values ?? Enumerable.Empty<SKTypeface>())
        {
            typeface.Dispose();
        }
        // Skia's glyph cache holds on to every typeface it has drawn, and these are never drawn again.
        SKGraphics.PurgeFontCache();
    }
}
