namespace Decider.Web.Reports.Layout;

/// <summary>
/// Rows of cells in columns sharing the width by the given parts, under a header that is repeated on every page the
/// table reaches. A row is kept on one page unless it is taller than a page.
/// </summary>
public sealed class Table(IReadOnlyList<float> columns, Func<IReadOnlyList<Element>> header, IEnumerable<IReadOnlyList<Element>> rows,
    float spacing = 8, float rowGap = 3) : Element
{
    private readonly List<Row> _rows = [.. rows.Select(cells => RowOf(columns, cells, spacing))];
    private int _next;

    public override SpacePlan Measure(Space space) => Walk(null, 0, 0, space);

    public override void Draw(ICanvas canvas, float x, float y, Space space) => Walk(canvas, x, y, space);

    private SpacePlan Walk(ICanvas? canvas, float x, float y, Space space)
    {
        if (_next >= _rows.Count)
        {
            return SpacePlan.Full(0, 0);
        }
        var head = RowOf(columns, header(), spacing);
        var headPlan = head.Measure(space);
        if (headPlan.Kind != SpacePlanKind.Full)
        {
            return SpacePlan.Wrap;
        }
        if (canvas is not null)
        {
            head.Draw(canvas, x, y, space);
        }
        var used = headPlan.Height + rowGap;
        var placed = 0;
        for (var i = _next; i < _rows.Count; i++)
        {
            var offered = new Space(space.Width, Math.Max(0, space.Height - used), space.AtPageTop && placed == 0);
            var plan = _rows[i].Measure(offered);
            var whole = plan.Kind == SpacePlanKind.Full;
            if (!whole && !(offered.AtPageTop && plan.Kind == SpacePlanKind.Partial))
            {
                return placed > 0 ? SpacePlan.Partial(space.Width, used) : SpacePlan.Wrap;
            }
            if (canvas is not null)
            {
                _rows[i].Draw(canvas, x, y + used, offered);
            }
            used += plan.Height + rowGap;
            placed++;
            if (!whole)
            {
                return SpacePlan.Partial(space.Width, used);
            }
            if (canvas is not null)
            {
                _next = i + 1;
            }
        }
        return SpacePlan.Full(space.Width, used);
    }

    private static Row RowOf(IReadOnlyList<float> columns, IReadOnlyList<Element> cells, float spacing) =>
        new(cells.Select((cell, i) => new RowItem(cell, Relative: columns[i])), spacing);
}
