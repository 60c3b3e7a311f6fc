using System.Globalization;
using System.Text;

namespace Decider.Web.Reports.Layout;

/// <summary>Text in one face, size and colour, in visual order, and how wide it is.</summary>
public sealed record GlyphRun(string Text, FontFace Face, float Size, Color Color, float Width);

/// <summary>
/// Turns a line of text into runs the canvas can draw: each character in the first face that has it (the style's
/// DejaVu face, then the CJK face), right-to-left stretches shaped and put in visual order, and any character no face
/// has replaced by <see cref="ReportFonts.Marker"/>. Lines are broken at spaces, and a word wider than the line
/// between characters, so nothing runs past the margin.
/// </summary>
public static class TextShaper
{
    public static IReadOnlyList<GlyphRun> Shape(string line, TextStyle style)
    {
        var primary = style.IsBold ? ReportFonts.Bold : ReportFonts.Regular;
        var runs = new List<GlyphRun>();
        foreach (var (text, rightToLeft) in DirectionalStretches(line))
        {
            if (rightToLeft && primary.ShapeRightToLeft(text) is { } shaped)
            {
                AddRuns(runs, shaped, primary, style);
            }
            else
            {
                AddRuns(runs, rightToLeft ? Reversed(text) : text, primary, style);
            }
        }
        return runs;
    }

    /// <summary>How wide the text is drawn. Text with no right-to-left letter, nearly all of it, is summed in place.</summary>
    public static float Measure(string text, TextStyle style)
    {
        if (HasRightToLeft(text))
        {
            return Shape(text, style).Sum(r => r.Width);
        }
        var primary = style.IsBold ? ReportFonts.Bold : ReportFonts.Regular;
        var width = 0f;
        foreach (var rune in text.EnumerateRunes())
        {
            var (face, codePoint) = FaceFor(rune.Value, primary);
            width += Math.Max(0, face.Width(codePoint, style.Size));
        }
        return width;
    }

    /// <summary>False when some character of the text can only be drawn as a marker.</summary>
    public static bool CanDraw(string text) =>
        text.EnumerateRunes().All(r => IsLayoutOnly(r.Value) || ReportFonts.Regular.Has(r.Value) || ReportFonts.Bold.Has(r.Value) || ReportFonts.Cjk?.Has(r.Value) == true);

    public static List<string> Wrap(string text, TextStyle style, float width)
    {
        var lines = new List<string>();
        var space = Measure(" ", style);
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0f;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = Measure(word, style);
                if (line.Length > 0 && lineWidth + space + wordWidth <= width)
                {
                    line.Append(' ').Append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                var rest = word;
                while (wordWidth > width && rest.Length > 1)
                {
                    var fits = FittingPrefix(rest, style, width);
                    lines.Add(rest[..fits]);
                    rest = rest[fits..];
                    wordWidth = Measure(rest, style);
                }
                line.Append(rest);
                lineWidth = wordWidth;
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    /// <summary>How many chars of the word fit, at least one whole character (a surrogate pair or a letter with its marks).</summary>
    private static int FittingPrefix(string word, TextStyle style, float width)
    {
        var boundaries = StringInfo.ParseCombiningCharacters(word);
        var fits = boundaries.Length > 1 ? boundaries[1] : word.Length;
        for (var i = 2; i <= boundaries.Length; i++)
        {
            var end = i < boundaries.Length ? boundaries[i] : word.Length;
            if (Measure(word[..end], style) > width)
            {
                break;
            }
            fits = end;
        }
        return fits;
    }

    private static void AddRuns(List<GlyphRun> runs, string text, FontFace primary, TextStyle style)
    {
        if (WidthIn(text, primary, style.Size) is { } whole)
        {
            runs.Add(new GlyphRun(text, primary, style.Size, style.Color, whole));
            return;
        }
        var current = new StringBuilder();
        FontFace? currentFace = null;
        var width = 0f;
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            var (face, codePoint) = FaceFor(rune.Value, primary);
            if (face != currentFace && current.Length > 0)
            {
                runs.Add(new GlyphRun(current.ToString(), currentFace!, style.Size, style.Color, width));
                current.Clear();
                width = 0;
            }
            currentFace = face;
            current.Append(utf16[..new Rune(codePoint).EncodeToUtf16(utf16)]);
            width += Math.Max(0, face.Width(codePoint, style.Size));
        }
        if (current.Length > 0)
        {
            runs.Add(new GlyphRun(current.ToString(), currentFace!, style.Size, style.Color, width));
        }
    }

    /// <summary>The text's width in the face, or null when the face lacks one of its characters.</summary>
    private static float? WidthIn(string text, FontFace face, float size)
    {
        var width = 0f;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!face.Has(rune.Value) && !IsLayoutOnly(rune.Value))
            {
                return null;
            }
            width += Math.Max(0, face.Width(rune.Value, size));
        }
        return width;
    }

    private static (FontFace Face, int CodePoint) FaceFor(int codePoint, FontFace primary)
    {
        if (primary.Has(codePoint) || IsLayoutOnly(codePoint))
        {
            return (primary, codePoint);
        }
        if (ReportFonts.Cjk is { } cjk && cjk.Has(codePoint))
        {
            return (cjk, codePoint);
        }
        return (primary, ReportFonts.Marker);
    }

    // Joiners and variation selectors have no glyph of their own and no width.
    private static bool IsLayoutOnly(int codePoint) => codePoint is 0x200c or 0x200d or (>= 0xfe00 and <= 0xfe0f);

    private static bool IsRightToLeft(int codePoint) => codePoint is (>= 0x0590 and <= 0x08ff) or (>= 0xfb1d and <= 0xfdff) or (>= 0xfe70 and <= 0xfefe);

    private static bool HasRightToLeft(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsRightToLeft(rune.Value))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsStrongLeftToRight(Rune rune) => !IsRightToLeft(rune.Value) && Rune.IsLetterOrDigit(rune);

    /// <summary>
    /// The line cut into left-to-right and right-to-left stretches, in logical order. The report's paragraphs run
    /// left to right: a right-to-left stretch runs from its first right-to-left letter to its last one before the
    /// next left-to-right letter or digit, taking the spaces and punctuation between its words with it.
    /// </summary>
    private static List<(string Text, bool RightToLeft)> DirectionalStretches(string line)
    {
        if (!HasRightToLeft(line))
        {
            return [(line, false)];
        }
        var stretches = new List<(string, bool)>();
        var runes = line.EnumerateRunes().ToList();
        var i = 0;
        var ltr = new StringBuilder();
        while (i < runes.Count)
        {
            if (!IsRightToLeft(runes[i].Value))
            {
                ltr.Append(runes[i].ToString());
                i++;
                continue;
            }
            var end = i;
            for (var j = i; j < runes.Count && !IsStrongLeftToRight(runes[j]); j++)
            {
                if (IsRightToLeft(runes[j].Value))
                {
                    end = j;
                }
            }
            if (ltr.Length > 0)
            {
                stretches.Add((ltr.ToString(), false));
                ltr.Clear();
            }
            stretches.Add((string.Concat(runes.Skip(i).Take(end - i + 1).Select(r => r.ToString())), true));
            i = end + 1;
        }
        if (ltr.Length > 0)
        {
            stretches.Add((ltr.ToString(), false));
        }
        return stretches;
    }

    private static string Reversed(string text) => string.Concat(text.EnumerateRunes().Reverse().Select(r => r.ToString()));
}
