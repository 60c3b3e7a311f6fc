namespace Decider.Web.Reports.Layout;

public enum TextAlignment
{
    Left,
    Right,
}

/// <summary>
/// A paragraph wrapped to the width it is given; a page break can fall between any two of its lines. A linked
/// paragraph is a link on every line it draws.
/// </summary>
public sealed class Text(string content, TextStyle style, string? link = null, TextAlignment alignment = TextAlignment.Left) : Element
{
    private List<(IReadOnlyList<GlyphRun> Runs, float Width)> _lines = [];
    private float _wrappedTo = -1;
    private int _next;

    public override SpacePlan Measure(Space space)
    {
        var lines = LinesFor(space.Width);
        var (count, height) = Fitting(lines, space);
        if (count == 0)
        {
            return _next >= lines.Count ? SpacePlan.Full(0, 0) : SpacePlan.Wrap;
        }
        var width = 0f;
        for (var i = _next; i < _next + count; i++)
        {
            width = Math.Max(width, lines[i].Width);
        }
        return _next + count >= lines.Count ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    public override void Draw(ICanvas canvas, float x, float y, Space space)
    {
        var lines = LinesFor(space.Width);
        var (count, _) = Fitting(lines, space);
        for (var i = _next; i < _next + count; i++)
        {
            var (runs, width) = lines[i];
            var left = alignment == TextAlignment.Right ? x + space.Width - width : x;
            canvas.DrawRuns(runs, left, y + style.Baseline);
            if (link is not null && width > 0)
            {
                canvas.AddLink(new Rect(left, y, width, style.LineHeight), link);
            }
            y += style.LineHeight;
        }
        _next += count;
    }

    private (int Count, float Height) Fitting(List<(IReadOnlyList<GlyphRun>, float)> lines, Space space)
    {
        var left = lines.Count - _next;
        var fits = (int)Math.Floor((space.Height + 0.01f) / style.LineHeight);
        // At the top of a page a line always goes in, so a page shorter than a line still moves on.
        var count = Math.Min(left, space.AtPageTop ? Math.Max(1, fits) : fits);
        return (count, count * style.LineHeight);
    }

    private List<(IReadOnlyList<GlyphRun> Runs, float Width)> LinesFor(float width)
    {
        if (width != _wrappedTo)
        {
            _lines = [.. TextShaper.Wrap(content, style, width).Select(line =>
            {
                var runs = TextShaper.Shape(line, style);
                return (runs, runs.Sum(r => r.Width));
            })];
            _wrappedTo = width;
        }
        return _lines;
    }
}
