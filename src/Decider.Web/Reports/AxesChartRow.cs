using Decider.Web.Assessments;
using Decider.Web.Reports.Layout;
using SkiaSharp;
using static Decider.Web.Reports.ReportTypography;

namespace Decider.Web.Reports;

/// <summary>
/// The need × readiness chart drawn as vector shapes: the regions the scores alone would give, and the component's
/// point. The same picture as the pages' SVG.
/// </summary>
public sealed class AxesChartRow(ReportScores scores) : Row
{
    private const float ChartWidth = 240, ChartHeight = 150, AxisRoom = 16;

    private static readonly SKColor Stay = new(0xee, 0xf0, 0xf2);
    private static readonly SKColor Go = new(0xe6, 0xf0, 0xfa);
    private static readonly SKColor Spike = new(0xfd, 0xf3, 0xdc);
    private static readonly SKColor Rust = new(0xfb, 0xe3, 0xd6);

    public override float Height => ChartHeight + AxisRoom + 4;

    public override void Draw(PdfPage page, float x, float y, float width)
    {
        var left = x + AxisRoom;
        float X(int readiness) => left + ChartWidth * readiness / 100f;
        float Y(int need) => y + ChartHeight * (100 - need) / 100f;
        Fill(page, new SKRect(X(0), Y(scores.NeedSome), X(100), Y(0)), Stay);
        Fill(page, new SKRect(X(0), Y(100), X(scores.ReadinessSpike), Y(scores.NeedSome)), Go);
        Fill(page, new SKRect(X(scores.ReadinessSpike), Y(100), X(100), Y(scores.NeedSome)), Spike);
        Fill(page, new SKRect(X(scores.ReadinessReady), Y(100), X(100), Y(scores.NeedStrong)), Rust);
        Label(page, "Stay or optimize first", (X(0) + X(100)) / 2, (Y(0) + Y(scores.NeedSome)) / 2);
        Label(page, "Go / not yet", (X(0) + X(scores.ReadinessSpike)) / 2, (Y(100) + Y(scores.NeedSome)) / 2);
        Label(page, "Spike", (X(scores.ReadinessSpike) + X(scores.ReadinessReady)) / 2, (Y(100) + Y(scores.NeedSome)) / 2);
        Label(page, "Rust", (X(scores.ReadinessReady) + X(100)) / 2, (Y(100) + Y(scores.NeedStrong)) / 2);
        using (var axis = new SKPaint { Color = Muted, StrokeWidth = 0.75f, IsAntialias = true })
        {
            page.Canvas.DrawLine(X(0), Y(0), X(100), Y(0), axis);
            page.Canvas.DrawLine(X(0), Y(0), X(0), Y(100), axis);
        }
        Label(page, "Readiness →", (X(0) + X(100)) / 2, Y(0) + 10);
        page.Canvas.Save();
        page.Canvas.RotateDegrees(-90, x + 6, (Y(0) + Y(100)) / 2);
        Label(page, "Need →", x + 6, (Y(0) + Y(100)) / 2);
        page.Canvas.Restore();
        using var point = new SKPaint { Color = Accent, IsAntialias = true };
        using var ring = new SKPaint { Color = SKColors.White, IsAntialias = true, IsStroke = true, StrokeWidth = 1.5f };
        page.Canvas.DrawCircle(X(scores.Readiness), Y(scores.Need), 4.5f, point);
        page.Canvas.DrawCircle(X(scores.Readiness), Y(scores.Need), 4.5f, ring);
    }

    private static void Fill(PdfPage page, SKRect rect, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        page.Canvas.DrawRect(rect, paint);
    }

    private static void Label(PdfPage page, string text, float centerX, float centerY) =>
        page.DrawText(text, centerX - ReportTypography.Small.Measure(text) / 2, centerY + 3, ReportTypography.Small);
}
