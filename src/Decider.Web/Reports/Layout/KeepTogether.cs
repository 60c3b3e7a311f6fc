namespace Decider.Web.Reports.Layout;

/// <summary>
/// Keeps a child whole: if it would be split here, it starts on the next page instead, unless it is already at the
/// top of one (then it is taller than a page and must break). With a minimum height it only asks that much room to
/// start, which keeps a heading with the first lines under it.
/// </summary>
public sealed class KeepTogether(Element child, float? minimumHeight = null) : Element
{
    private bool _started;

    public override SpacePlan Measure(Space space)
    {
        var plan = child.Measure(space);
        if (_started || space.AtPageTop || plan.Kind == SpacePlanKind.Wrap)
        {
            return plan;
        }
        var split = plan.Kind == SpacePlanKind.Partial && (minimumHeight is not { } minimum || space.Height < minimum);
        return split ? SpacePlan.Wrap : plan;
    }

    public override void Draw(ICanvas canvas, float x, float y, Space space)
    {
        _started = true;
        child.Draw(canvas, x, y, space);
    }
}
