using System.Buffers.Binary;
using System.Text;

namespace Decider.Web.Reports.Layout;

/// <summary>
/// Cuts a TrueType font down to the glyphs one document draws. Skia embeds whole fonts in a PDF (SkiaSharp's
/// native library is built without its font subsetter), which made every two-page report carry 1.4 MB of
/// DejaVu Sans to compress and send. Glyph ids are kept: an unused glyph keeps its slot with no outline, so
/// the character map and the advance widths stay valid as they are. The layout tables (GPOS, GSUB, kern, …)
/// are left out because the report draws text without shaping; glyph names are dropped (post format 3).
/// </summary>
public static class FontSubset
{
    private static readonly string[] KeptTables = ["OS/2", "cmap", "cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"];

    // Composite glyph flags (OpenType 'glyf' table).
    private const ushort ArgsAreWords = 0x0001, HasScale = 0x0008, MoreComponents = 0x0020, HasXYScale = 0x0040, HasTwoByTwo = 0x0080;

    public static byte[] Of(byte[] font, IEnumerable<ushort> glyphs)
    {
        var tables = ReadTables(font);
        var head = Table(font, tables, "head").ToArray();
        var loca = Find(tables, "loca").Offset;
        var glyf = Find(tables, "glyf").Offset;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table(font, tables, "maxp")[4..]);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        int Offset(int glyph) => glyf + (longOffsets
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca + 4 * glyph))
            : 2 * BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca + 2 * glyph)));
        ReadOnlyMemory<byte> Outline(int glyph) => font.AsMemory(Offset(glyph)..Offset(glyph + 1));

        var kept = KeptWithComponents(glyphs.Append((ushort)0).Where(g => g < glyphCount), Outline);
        var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (glyphCount + 1)];
        for (var glyph = 0; glyph < glyphCount; glyph++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * glyph), (uint)newGlyf.Length);
            if (kept.Contains(glyph))
            {
                newGlyf.Write(Outline(glyph).Span);
                newGlyf.Write(new byte[Padding(newGlyf.Length)]);
            }
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * glyphCount), (uint)newGlyf.Length);

        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        var post = Table(font, tables, "post")[..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var tag in KeptTables.Where(tables.ContainsKey))
        {
            output[tag] = tag switch
            {
                "head" => head,
                "loca" => newLoca,
                "glyf" => newGlyf.ToArray(),
                "post" => post,
                _ => Table(font, tables, tag).ToArray(),
            };
        }
        var subset = Write(output);
        BinaryPrimitives.WriteUInt32BigEndian(subset.AsSpan(HeadOffset(subset) + 8), 0xB1B0AFBA - Checksum(subset));
        return subset;
    }

    private static HashSet<int> KeptWithComponents(IEnumerable<ushort> glyphs, Func<int, ReadOnlyMemory<byte>> outline)
    {
        var kept = new HashSet<int>();
        var pending = new Stack<int>(glyphs.Select(g => (int)g));
        while (pending.TryPop(out var glyph))
        {
            if (!kept.Add(glyph))
            {
                continue;
            }
            var data = outline(glyph).Span;
            if (data.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(data) >= 0)
            {
                continue;
            }
            // A composite glyph (an accented letter, say) is drawn from other glyphs, which must come along.
            var at = 10;
            ushort flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
                pending.Push(BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]));
                at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2)
                    + ((flags & HasScale) != 0 ? 2 : (flags & HasXYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0);
            }
            while ((flags & MoreComponents) != 0);
        }
        return kept;
    }

    private static Dictionary<string, (int Offset, int Length)> ReadTables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, (int, int)>();
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + 16 * i, 16);
            tables[Encoding.ASCII.GetString(record[..4])] =
                ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }
        return tables;
    }

    private static (int Offset, int Length) Find(Dictionary<string, (int Offset, int Length)> tables, string tag) =>
        tables.TryGetValue(tag, out var table)
            ? table
            : throw new InvalidDataException($"The font has no '{tag}' table; only TrueType outline fonts can be subset.");

    private static ReadOnlySpan<byte> Table(byte[] font, Dictionary<string, (int Offset, int Length)> tables, string tag)
    {
        var (offset, length) = Find(tables, tag);
        return font.AsSpan(offset, length);
    }

    private static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var directorySize = 12 + 16 * tables.Count;
        var size = directorySize + tables.Values.Sum(t => t.Length + Padding(t.Length));
        var font = new byte[size];
        var power = 1 << (int)Math.Log2(tables.Count);
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)tables.Count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)Math.Log2(power));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)((tables.Count - power) * 16));
        var record = 12;
        var offset = directorySize;
        foreach (var (tag, data) in tables)
        {
            Encoding.ASCII.GetBytes(tag, font.AsSpan(record));
            data.CopyTo(font, offset);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 4), Checksum(font.AsSpan(offset, data.Length + Padding(data.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 12), (uint)data.Length);
            record += 16;
            offset += data.Length + Padding(data.Length);
        }
        return font;
    }

    private static int HeadOffset(byte[] font) => ReadTables(font)["head"].Offset;

    private static int Padding(long length) => (int)((4 - length % 4) % 4);

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }
        return sum;
    }
}
