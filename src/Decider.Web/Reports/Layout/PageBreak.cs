namespace Decider.Web.Reports.Layout;

/// <summary>Ends the page here, so what follows starts on a page of its own; at the top of a page it takes no room.</summary>
public sealed class PageBreak : Element
{
    private bool _passed;

    public override SpacePlan Measure(Space space) => _passed || space.AtPageTop ? SpacePlan.Full(0, 0) : SpacePlan.Partial(0, 0);

    public override void Draw(ICanvas canvas, float x, float y, Space space) => _passed |= space.AtPageTop;
}
