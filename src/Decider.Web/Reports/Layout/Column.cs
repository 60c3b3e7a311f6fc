namespace Decider.Web.Reports.Layout;

/// <summary>Children one below the other, with a gap between them; continues on the next page where a child does.</summary>
public sealed class Column(IEnumerable<Element> children, float spacing = 0) : Element
{
    private readonly List<Element> _children = [.. children];
    private int _current;
    private bool _currentStarted;

    public override SpacePlan Measure(Space space) => Walk(null, 0, 0, space);

    public override void Draw(ICanvas canvas, float x, float y, Space space) => Walk(canvas, x, y, space);

    /// <summary>Measures, or with a canvas draws, the children from the first one not yet drawn whole.</summary>
    private SpacePlan Walk(ICanvas? canvas, float x, float y, Space space)
    {
        var used = 0f;
        var width = 0f;
        for (var i = _current; i < _children.Count; i++)
        {
            var gap = used > 0 ? spacing : 0;
            var offered = space.Below(used + gap);
            var plan = _children[i].Measure(offered);
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                return used > 0 || (i == _current && _currentStarted) ? SpacePlan.Partial(width, used) : SpacePlan.Wrap;
            }
            if (canvas is not null)
            {
                _children[i].Draw(canvas, x, y + used + gap, offered);
            }
            if (plan.Height > 0)
            {
                used += gap + plan.Height;
            }
            width = Math.Max(width, plan.Width);
            if (plan.Kind == SpacePlanKind.Partial)
            {
                if (canvas is not null)
                {
                    _currentStarted = true;
                }
                return SpacePlan.Partial(width, used);
            }
            if (canvas is not null)
            {
                _current = i + 1;
                _currentStarted = false;
            }
        }
        return SpacePlan.Full(width, used);
    }
}
