namespace Decider.Web.Reports.Layout;

/// <summary>Greedy line breaking at spaces; a word wider than the line is broken between characters.</summary>
public static class TextWrapper
{
    public static List<string> Wrap(string text, TextStyle style, float width)
    {
        using var font = style.CreateFont();
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
                line = word;
                while (font.MeasureText(line) > width && line.Length > 1)
                {
                    var fits = FittingPrefix(line, font, width);
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    private static int FittingPrefix(string word, SkiaSharp.SKFont font, float width)
    {
        var length = 1;
        while (length < word.Length && font.MeasureText(word[..(length + 1)]) <= width)
        {
            length++;
        }
        return length;
    }
}
