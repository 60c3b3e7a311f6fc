using Decider.Web.Assessments;
using Decider.Web.Infrastructure;
using Decider.Web.Reports.Layout;
using Microsoft.AspNetCore.OutputCaching;
using SkiaSharp;

namespace Decider.Web.Sharing;

/// <summary>
/// The picture a chat tool shows when a share link is pasted (Open Graph image): a 1200 × 630 card with the title,
/// the verdict and the two scores. It never changes for a saved assessment, so it is served through the share
/// page's output cache, which also stops serving it the moment the assessment is deleted.
/// </summary>
public static class ShareCard
{
    public const int Width = 1200;
    public const int Height = 630;

    public static IEndpointRouteBuilder MapShareCard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/a/{id}/card.png", async (string id, DeciderDbContext db, CancellationToken cancellationToken) =>
                await SavedAssessments.FindAsync(db, id, cancellationToken) is { } assessment
                    ? Results.File(Draw(assessment.Title, SavedReport.Of(assessment)), "image/png")
                    : Results.NotFound())
            .CacheOutput(SharePageCache.PolicyName)
            .ExcludeFromDescription();
        return app;
    }

    // The report's DejaVu Sans, copied into native memory once: a typeface reads its data lazily, from any thread.
    private static readonly SKTypeface RegularFace = Load(ReportFonts.Regular.Data);
    private static readonly SKTypeface BoldFace = Load(ReportFonts.Bold.Data);

    private static SKTypeface Load(byte[] font)
    {
        using var data = SKData.CreateCopy(font);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("A report font could not be read.");
    }

    public static byte[] Draw(string title, SavedReport report)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var accent = new SKPaint { Color = SKColor.Parse("#b7410e"), IsAntialias = true };
        using var ink = new SKPaint { Color = SKColor.Parse("#1f2328"), IsAntialias = true };
        using var muted = new SKPaint { Color = SKColor.Parse("#59636e"), IsAntialias = true };
        using var track = new SKPaint { Color = SKColor.Parse("#e4e7eb"), IsAntialias = true };
        canvas.DrawRect(0, 0, Width, 16, accent);

        using var label = new SKFont(BoldFace, 28);
        canvas.DrawText("DECIDER · SHOULD IT BE WRITTEN IN RUST?", 72, 92, label, muted);
        using var titleFont = new SKFont(BoldFace, 54);
        var y = 170f;
        foreach (var line in Lines(title, titleFont, Width - 144, maxLines: 2))
        {
            canvas.DrawText(line, 72, y, titleFont, ink);
            y += 66;
        }
        using var verdictFont = new SKFont(BoldFace, 46);
        foreach (var line in Lines(report.Verdict.Title, verdictFont, Width - 144, maxLines: 1))
        {
            canvas.DrawText(line, 72, y + 40, verdictFont, accent);
        }
        using var scoreFont = new SKFont(RegularFace, 30);
        if (report.Scores is { } scores)
        {
            Bar(canvas, "Need", scores.Need, 470, scoreFont, ink, track, accent);
            Bar(canvas, "Readiness", scores.Readiness, 540, scoreFont, ink, track, accent);
        }
        else
        {
            canvas.DrawText($"Rust fit {report.RustFit}/100", 72, 500, scoreFont, ink);
        }
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void Bar(SKCanvas canvas, string name, int score, float y, SKFont font, SKPaint ink, SKPaint track, SKPaint fill)
    {
        canvas.DrawText($"{name} {score}/100", 72, y, font, ink);
        const float left = 360, width = Width - 72 - left;
        canvas.DrawRoundRect(left, y - 24, width, 24, 12, 12, track);
        canvas.DrawRoundRect(left, y - 24, Math.Max(24, width * score / 100f), 24, 12, 12, fill);
    }

    /// <summary>The text wrapped at words to the width, at most so many lines, the last cut with an ellipsis.</summary>
    private static IEnumerable<string> Lines(string text, SKFont font, float width, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var tried = line.Length == 0 ? word : $"{line} {word}";
            if (font.MeasureText(tried) <= width || line.Length == 0)
            {
                line = tried;
                continue;
            }
            lines.Add(line);
            line = word;
        }
        lines.Add(line);
        if (lines.Count <= maxLines && lines.All(l => font.MeasureText(l) <= width))
        {
            return lines;
        }
        var kept = lines.Take(maxLines).ToList();
        var last = string.Join(' ', lines.Skip(maxLines - 1));
        while (last.Length > 1 && font.MeasureText(last + "…") > width)
        {
            last = last[..^1];
        }
        kept[^1] = last.TrimEnd() + "…";
        return kept;
    }
}
