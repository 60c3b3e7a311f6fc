namespace Decider.Web.Reports.Layout;

/// <summary>A weight, size and colour, with the line height used to stack wrapped lines.</summary>
public sealed record TextStyle(bool IsBold, float Size, Color Color, float LineHeightFactor = 1.35f)
{
    public float LineHeight => Size * LineHeightFactor;

    /// <summary>Where the baseline sits below the top of a line: the line's extra height split above and below.</summary>
    public float Baseline => (LineHeight - Size) / 2 + Size * 0.8f;

    public float Measure(string text) => TextShaper.Measure(text, this);
}
