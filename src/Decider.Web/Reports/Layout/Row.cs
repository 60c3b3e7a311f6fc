namespace Decider.Web.Reports.Layout;

/// <summary>A child's share of a row: a fixed width in points, or a part of what the fixed ones leave.</summary>
public readonly record struct RowItem(Element Element, float Constant = 0, float Relative = 0);

/// <summary>
/// Children side by side, each given its own width. Each one continues on the next page if it does not fit, while
/// one that is done leaves its place empty there.
/// </summary>
public sealed class Row(IEnumerable<RowItem> items, float spacing = 0) : Element
{
    private readonly List<RowItem> _items = [.. items];
    private readonly HashSet<int> _done = [];
    private float[] _widths = [];
    private float _widthsFor = -1;

    public override SpacePlan Measure(Space space)
    {
        var widths = Widths(space.Width);
        var height = 0f;
        var partial = false;
        for (var i = 0; i < _items.Count; i++)
        {
            if (_done.Contains(i))
            {
                continue;
            }
            var plan = _items[i].Element.Measure(space.Narrower(widths[i]));
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                return SpacePlan.Wrap;
            }
            partial |= plan.Kind == SpacePlanKind.Partial;
            height = Math.Max(height, plan.Height);
        }
        return partial ? SpacePlan.Partial(space.Width, height) : SpacePlan.Full(space.Width, height);
    }

    public override void Draw(ICanvas canvas, float x, float y, Space space)
    {
        var widths = Widths(space.Width);
        var left = x;
        for (var i = 0; i < _items.Count; i++)
        {
            if (!_done.Contains(i))
            {
                var offered = space.Narrower(widths[i]);
                var plan = _items[i].Element.Measure(offered);
                _items[i].Element.Draw(canvas, left, y, offered);
                if (plan.Kind == SpacePlanKind.Full)
                {
                    _done.Add(i);
                }
            }
            left += widths[i] + spacing;
        }
    }

    // Measured again at every page break and by every parent that measures before it draws.
    private float[] Widths(float width)
    {
        if (width != _widthsFor)
        {
            var fixedWidth = _items.Sum(i => i.Constant) + spacing * Math.Max(0, _items.Count - 1);
            var parts = _items.Sum(i => i.Relative);
            var perPart = parts > 0 ? Math.Max(0, width - fixedWidth) / parts : 0;
            _widths = [.. _items.Select(i => i.Constant + i.Relative * perPart)];
            _widthsFor = width;
        }
        return _widths;
    }
}
