using System.Collections.Concurrent;
using HarfBuzzSharp;

namespace Decider.Web.Reports.Layout;

/// <summary>
/// A font the report can draw with: its file, which the PDF library embeds (only the glyphs a report uses), and
/// HarfBuzz's view of it, which says which characters it has, how wide they are and how a run of joined script is
/// shaped. The report's fonts are in <see cref="ReportFonts"/>.
/// </summary>
public sealed class FontFace
{
    private readonly HarfBuzzSharp.Font _font;

    // HarfBuzz's font is read by one thread at a time; what it answers is cached, so the lock is rarely taken.
    private readonly Lock _harfBuzz = new();
    private readonly int _unitsPerEm;
    private readonly ConcurrentDictionary<int, int> _advances = new();
    private readonly Lazy<Dictionary<uint, int>> _characterOfGlyph;

    public FontFace(string name, bool isBold, byte[] data)
    {
        Name = name;
        IsBold = isBold;
        Data = data;
        // HarfBuzz reads the font data whenever it is asked, so it gets its own copy in native memory, which the garbage
        // collector cannot move (a blob over the managed array read another font's data after a collection).
        var copy = System.Runtime.InteropServices.Marshal.AllocHGlobal(data.Length);
        System.Runtime.InteropServices.Marshal.Copy(data, 0, copy, data.Length);
        using var blob = new Blob(copy, data.Length, MemoryMode.ReadOnly, () => System.Runtime.InteropServices.Marshal.FreeHGlobal(copy));
        using var face = new Face(blob, 0);
        _unitsPerEm = face.UnitsPerEm;
        _font = new HarfBuzzSharp.Font(face);
        _font.SetScale(_unitsPerEm, _unitsPerEm);
        _characterOfGlyph = new(MapGlyphsToCharacters);
    }

    /// <summary>The name the PDF library knows the face by (see <see cref="ReportFonts.Resolver"/>).</summary>
    public string Name { get; }

    public bool IsBold { get; }

    public byte[] Data { get; }

    public bool Has(int codePoint) => Advance(codePoint) >= 0;

    /// <summary>How wide the character is at one point, or −1 when the face does not have it.</summary>
    public float Width(int codePoint, float size) => Advance(codePoint) is var advance and >= 0 ? advance * size / _unitsPerEm : -1;

    // Looked up before GetOrAdd, whose lambda over this face would be allocated on every call.
    private int Advance(int codePoint) => _advances.TryGetValue(codePoint, out var advance) ? advance : _advances.GetOrAdd(codePoint, cp =>
    {
        lock (_harfBuzz)
        {
            return _font.TryGetGlyph((uint)cp, out var glyph) && glyph != 0 ? _font.GetHorizontalGlyphAdvance(glyph) : -1;
        }
    });

    /// <summary>
    /// Shapes a right-to-left run (Arabic letters joined, Hebrew in order) and gives it back as the characters of
    /// the shaped glyphs in visual order, left to right: Arabic comes back as its presentation forms, so the PDF
    /// library, which draws characters one by one, draws the joined letters and the text stays selectable. Null when
    /// a shaped glyph has no character of its own (a ligature this face only reaches by shaping).
    /// </summary>
    public string? ShapeRightToLeft(string text)
    {
        var characters = _characterOfGlyph.Value;
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = HarfBuzzSharp.Direction.RightToLeft;
        buffer.GuessSegmentProperties();
        lock (_harfBuzz)
        {
            _font.Shape(buffer);
        }
        var shaped = new System.Text.StringBuilder(text.Length);
        foreach (var glyph in buffer.GlyphInfos)
        {
            if (!characters.TryGetValue(glyph.Codepoint, out var character))
            {
                return null;
            }
            shaped.Append(char.ConvertFromUtf32(character));
        }
        return shaped.ToString();
    }

    private Dictionary<uint, int> MapGlyphsToCharacters()
    {
        // The base letters first, so a glyph shared with a presentation form maps back to the plain letter.
        (int First, int Last)[] ranges = [(0x20, 0x7e), (0xa0, 0xff), (0x2000, 0x206f), (0x0590, 0x06ff), (0x0750, 0x077f), (0xfb1d, 0xfdff), (0xfe70, 0xfeff)];
        var map = new Dictionary<uint, int>();
        lock (_harfBuzz)
        {
            foreach (var (first, last) in ranges)
        {
            for (var cp = first; cp <= last; cp++)
            {
                if (_font.TryGetGlyph((uint)cp, out var glyph) && glyph != 0)
                {
                    map.TryAdd(glyph, cp);
                }
            }
        }
        }
        return map;
    }
}
