namespace Decider.Web.Reports.Layout;

/// <summary>
/// One page's drawing, kept as a list of operations: the layout draws each page here first, the header and footer
/// are added once the number of pages is known, and <see cref="PdfRenderer"/> replays it. Tests read it directly.
/// </summary>
public sealed class RecordingCanvas : ICanvas
{
    private readonly List<DrawOperation> _operations = [];

    public IEnumerable<DrawnText> Texts => _operations.OfType<DrawnText>();

    public void DrawText(GlyphRun run, float x, float baseline, float angle = 0) => _operations.Add(new DrawnText(run, x, baseline, angle));

    public void FillRectangle(Rect rect, Color color, float cornerRadius = 0) => _operations.Add(new FilledRectangle(rect, color, cornerRadius));

    public void DrawLine(float x1, float y1, float x2, float y2, Color color, float width) => _operations.Add(new DrawnLine(x1, y1, x2, y2, color, width));

    public void DrawCircle(float centerX, float centerY, float radius, Color fill, Color ring, float ringWidth) =>
        _operations.Add(new DrawnCircle(centerX, centerY, radius, fill, ring, ringWidth));

    public void AddLink(Rect rect, string url) => _operations.Add(new AddedLink(rect, url));

    public void AddBookmark(string title, float y) => _operations.Add(new AddedBookmark(title, y));

    public void ReplayOn(ICanvas canvas)
    {
        foreach (var operation in _operations)
        {
            operation.ReplayOn(canvas);
        }
    }
}

public abstract record DrawOperation
{
    public abstract void ReplayOn(ICanvas canvas);
}

public sealed record DrawnText(GlyphRun Run, float X, float Baseline, float Angle) : DrawOperation
{
    public float Right => X + Run.Width;

    public override void ReplayOn(ICanvas canvas) => canvas.DrawText(Run, X, Baseline, Angle);
}

public sealed record FilledRectangle(Rect Rect, Color Color, float CornerRadius) : DrawOperation
{
    public override void ReplayOn(ICanvas canvas) => canvas.FillRectangle(Rect, Color, CornerRadius);
}

public sealed record DrawnLine(float X1, float Y1, float X2, float Y2, Color Color, float Width) : DrawOperation
{
    public override void ReplayOn(ICanvas canvas) => canvas.DrawLine(X1, Y1, X2, Y2, Color, Width);
}

public sealed record DrawnCircle(float CenterX, float CenterY, float Radius, Color Fill, Color Ring, float RingWidth) : DrawOperation
{
    public override void ReplayOn(ICanvas canvas) => canvas.DrawCircle(CenterX, CenterY, Radius, Fill, Ring, RingWidth);
}

public sealed record AddedLink(Rect Rect, string Url) : DrawOperation
{
    public override void ReplayOn(ICanvas canvas) => canvas.AddLink(Rect, Url);
}

public sealed record AddedBookmark(string Title, float Y) : DrawOperation
{
    public override void ReplayOn(ICanvas canvas) => canvas.AddBookmark(Title, Y);
}
