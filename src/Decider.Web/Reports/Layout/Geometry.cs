namespace Decider.Web.Reports.Layout;

/// <summary>A width and a height in points (1/72 inch).</summary>
public readonly record struct Size(float Width, float Height);

/// <summary>A rectangle in points, from the top left corner of the page, y going down.</summary>
public readonly record struct Rect(float X, float Y, float Width, float Height)
{
    public float Right => X + Width;

    public float Bottom => Y + Height;
}

/// <summary>
/// The space a parent offers a child: its size, and whether it starts at the top of a fresh page, where nothing
/// can be gained by moving on to the next one.
/// </summary>
public readonly record struct Space(float Width, float Height, bool AtPageTop)
{
    public Space Below(float used) => new(Width, Math.Max(0, Height - used), AtPageTop && used <= 0);

    public Space Narrower(float width) => this with { Width = width };
}

/// <summary>An opaque colour.</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    public static Color White { get; } = new(0xff, 0xff, 0xff);
}
