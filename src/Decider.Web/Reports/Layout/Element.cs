namespace Decider.Web.Reports.Layout;

/// <summary>
/// A piece of the document, in QuestPDF's shape: it is offered a space, says how much of itself fits there
/// (<see cref="Measure"/>), and draws that much (<see cref="Draw"/>). An element that fits only in part remembers
/// how far it got, so the next page continues where this one stopped. Width flows down: a parent gives each child
/// the width it has, and text wraps to it.
/// </summary>
public abstract class Element
{
    public abstract SpacePlan Measure(Space space);

    /// <summary>Draws what <see cref="Measure"/> says fits, at (x, y), and moves on past it.</summary>
    public abstract void Draw(ICanvas canvas, float x, float y, Space space);
}

public enum SpacePlanKind
{
    /// <summary>All of what is left of the element fits.</summary>
    Full,

    /// <summary>Some fits; the rest goes on the next page.</summary>
    Partial,

    /// <summary>Nothing fits here: start it on the next page.</summary>
    Wrap,
}

public readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height)
{
    public static SpacePlan Full(float width, float height) => new(SpacePlanKind.Full, width, height);

    public static SpacePlan Partial(float width, float height) => new(SpacePlanKind.Partial, width, height);

    public static SpacePlan Wrap { get; } = new(SpacePlanKind.Wrap, 0, 0);
}
