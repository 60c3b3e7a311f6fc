namespace Decider.Web.Reports.Layout;

/// <summary>Space around a child; the child gets the width that is left.</summary>
public sealed class Padding(Element child, float left, float top, float right, float bottom) : Element
{
    public Padding(Element child, float all) : this(child, all, all, all, all)
    {
    }

    public override SpacePlan Measure(Space space)
    {
        var plan = child.Measure(Inner(space));
        return plan.Kind == SpacePlanKind.Wrap ? plan : plan with { Width = plan.Width + left + right, Height = plan.Height + top + bottom };
    }

    public override void Draw(ICanvas canvas, float x, float y, Space space) => child.Draw(canvas, x + left, y + top, Inner(space));

    private Space Inner(Space space) => new(Math.Max(0, space.Width - left - right), Math.Max(0, space.Height - top - bottom), space.AtPageTop);
}
