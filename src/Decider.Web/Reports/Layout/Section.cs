namespace Decider.Web.Reports.Layout;

/// <summary>A part of the document with an entry in the PDF's outline (bookmarks), which opens where it starts.</summary>
public sealed class Section(string title, Element child) : Element
{
    private bool _marked;

    public override SpacePlan Measure(Space space) => child.Measure(space);

    public override void Draw(ICanvas canvas, float x, float y, Space space)
    {
        if (!_marked)
        {
            canvas.AddBookmark(title, y);
            _marked = true;
        }
        child.Draw(canvas, x, y, space);
    }
}
