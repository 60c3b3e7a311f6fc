using SkiaSharp;

namespace Decider.Web.Reports.Layout;

/// <summary>
/// A face of the report's font, DejaVu Sans shipped inside the app (see Fonts/LICENSE-DejaVu.txt), so the PDF
/// looks the same on every machine whatever fonts it has installed.
/// </summary>
public sealed class ReportFont
{
    public static ReportFont Regular { get; } = new("DejaVuSans.ttf");

    public static ReportFont Bold { get; } = new("DejaVuSans-Bold.ttf");

    private ReportFont(string file)
    {
        using var stream = typeof(ReportFont).Assembly.GetManifestResourceStream($"Decider.Web.Reports.Fonts.{file}")
            ?? throw new InvalidOperationException($"The report font {file} is not embedded in the app.");
        Data = new byte[stream.Length];
        stream.ReadExactly(Data);
        Typeface = Load(Data);
    }

    /// <summary>The whole font file, which each document cuts down to the glyphs it draws (see <see cref="DocumentFonts"/>).</summary>
    public byte[] Data { get; }

    /// <summary>The whole face, for measuring text while laying out.</summary>
    public SKTypeface Typeface { get; }

    public static SKTypeface Load(byte[] font)
    {
        // Copied into native memory: the typeface reads it lazily, later and from whichever thread renders a report.
        using var data = SKData.CreateCopy(font);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("A report font could not be read.");
    }
}
