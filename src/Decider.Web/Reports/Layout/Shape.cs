namespace Decider.Web.Reports.Layout;

/// <summary>
/// Something of a fixed height drawn with the canvas directly (a rule, a chart, empty space), given the width of
/// its place. It is never split: it goes on the next page if it does not fit.
/// </summary>
public sealed class Shape(float height, Action<ICanvas, Rect>? draw = null) : Element
{
    private bool _drawn;

    public static Shape Gap(float height) => new(height);

    public static Shape Rule(Color color, float thickness = 0.75f) =>
        new(8, (canvas, area) => canvas.DrawLine(area.X, area.Y + 4, area.Right, area.Y + 4, color, thickness));

    public override SpacePlan Measure(Space space) =>
        _drawn ? SpacePlan.Full(0, 0) : height <= space.Height || space.AtPageTop ? SpacePlan.Full(space.Width, height) : SpacePlan.Wrap;

    public override void Draw(ICanvas canvas, float x, float y, Space space)
    {
        if (!_drawn)
        {
            draw?.Invoke(canvas, new Rect(x, y, space.Width, height));
            _drawn = true;
        }
    }
}
