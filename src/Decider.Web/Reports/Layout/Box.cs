namespace Decider.Web.Reports.Layout;

/// <summary>A filled, rounded background behind a padded child, as tall on each page as the part drawn there.</summary>
public sealed class Box(Element child, Color background, float padding, float cornerRadius = 4) : Element
{
    private readonly Padding _inner = new(child, padding);

    public override SpacePlan Measure(Space space) => _inner.Measure(space);

    public override void Draw(ICanvas canvas, float x, float y, Space space)
    {
        var plan = _inner.Measure(space);
        canvas.FillRectangle(new Rect(x, y, space.Width, plan.Height), background, cornerRadius);
        _inner.Draw(canvas, x, y, space);
    }
}
