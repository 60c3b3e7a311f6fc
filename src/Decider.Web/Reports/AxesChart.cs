using Decider.Web.Assessments;
using Decider.Web.Reports.Layout;
using Decider.Web.Shared;
using static Decider.Web.Reports.ReportTypography;

namespace Decider.Web.Reports;

/// <summary>
/// The need × readiness chart drawn as vector shapes: the regions the scores alone would give, and the component's
/// point, or a system's components as numbered points. The same picture as the pages' SVG.
/// </summary>
public static class AxesChart
{
    private const float ChartWidth = 240, ChartHeight = 150, AxisRoom = 16;

    /// <summary>The width the chart takes, its axis label included.</summary>
    public const float Width = ChartWidth + AxisRoom;

    private static readonly Color Stay = new(0xee, 0xf0, 0xf2);
    private static readonly Color Go = new(0xe6, 0xf0, 0xfa);
    private static readonly Color Spike = new(0xfd, 0xf3, 0xdc);
    private static readonly Color Rust = new(0xfb, 0xe3, 0xd6);

    public static Shape Of(ReportScores scores) => Of(scores, [new ChartPoint("", scores.Need, scores.Readiness)]);

    /// <summary>The regions of <paramref name="regions"/>'s thresholds, with each point labelled beside it.</summary>
    public static Shape Of(ReportScores regions, IReadOnlyList<ChartPoint> points) =>
        new(ChartHeight + AxisRoom + 4, (canvas, area) => Draw(canvas, area, regions, points));

    private static void Draw(ICanvas canvas, Rect area, ReportScores scores, IReadOnlyList<ChartPoint> points)
    {
        var left = area.X + AxisRoom;
        float X(int readiness) => left + ChartWidth * readiness / 100f;
        float Y(int need) => area.Y + ChartHeight * (100 - need) / 100f;
        void Region(int fromReadiness, int toReadiness, int fromNeed, int toNeed, Color color) =>
            canvas.FillRectangle(new Rect(X(fromReadiness), Y(toNeed), X(toReadiness) - X(fromReadiness), Y(fromNeed) - Y(toNeed)), color);
        Region(0, 100, 0, scores.NeedSome, Stay);
        Region(0, scores.ReadinessSpike, scores.NeedSome, 100, Go);
        Region(scores.ReadinessSpike, 100, scores.NeedSome, 100, Spike);
        Region(scores.ReadinessReady, 100, scores.NeedStrong, 100, Rust);
        Label(canvas, "Stay or optimize first", (X(0) + X(100)) / 2, (Y(0) + Y(scores.NeedSome)) / 2);
        Label(canvas, "Go / not yet", (X(0) + X(scores.ReadinessSpike)) / 2, (Y(100) + Y(scores.NeedSome)) / 2);
        Label(canvas, "Spike", (X(scores.ReadinessSpike) + X(scores.ReadinessReady)) / 2, (Y(100) + Y(scores.NeedSome)) / 2);
        Label(canvas, "Rust", (X(scores.ReadinessReady) + X(100)) / 2, (Y(100) + Y(scores.NeedStrong)) / 2);
        canvas.DrawLine(X(0), Y(0), X(100), Y(0), Muted, 0.75f);
        canvas.DrawLine(X(0), Y(0), X(0), Y(100), Muted, 0.75f);
        Label(canvas, "Readiness →", (X(0) + X(100)) / 2, Y(0) + 10);
        foreach (var run in TextShaper.Shape("Need →", Small))
        {
            canvas.DrawText(run, area.X + 9, (Y(0) + Y(100)) / 2 + run.Width / 2, angle: -90);
        }
        // Points at the same place are labelled one after the other, so none hides another's number.
        foreach (var place in points.GroupBy(p => (p.Need, p.Readiness)))
        {
            var (x, y) = (X(place.Key.Readiness), Y(place.Key.Need));
            canvas.DrawCircle(x, y, 4.5f, Accent, Color.White, 1.5f);
            var label = string.Join(",", place.Select(p => p.Label).Where(l => l.Length > 0));
            if (label.Length > 0)
            {
                canvas.DrawRuns(TextShaper.Shape(label, Strong), x + 6, y - 3);
            }
        }
    }

    private static void Label(ICanvas canvas, string text, float centerX, float centerY)
    {
        var runs = TextShaper.Shape(text, Small);
        canvas.DrawRuns(runs, centerX - runs.Sum(r => r.Width) / 2, centerY + 3);
    }
}
