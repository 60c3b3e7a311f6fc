using SkiaSharp;

namespace Decider.Web.Reports.Layout;

/// <summary>
/// The report's typefaces, DejaVu Sans shipped inside the app (see Fonts/LICENSE-DejaVu.txt), so the PDF
/// looks the same on every machine whatever fonts it has installed.
/// </summary>
public static class ReportFonts
{
    public static SKTypeface Regular { get; } = Load("DejaVuSans.ttf");

    public static SKTypeface Bold { get; } = Load("DejaVuSans-Bold.ttf");

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream($"Decider.Web.Reports.Fonts.{file}")
            ?? throw new InvalidOperationException($"The report font {file} is not embedded in the app.");
        // Copied into native memory first: a typeface over a managed stream reads it lazily, later and from whichever
        // thread renders a report, and the stream is neither thread-safe nor open after this method. Under load that
        // corrupted the native heap; over SKData each reader gets its own view of immutable bytes.
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The report font {file} could not be read.");
    }
}
