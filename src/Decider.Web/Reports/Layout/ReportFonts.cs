using PdfSharp.Fonts;

namespace Decider.Web.Reports.Layout;

/// <summary>
/// The report's fonts. DejaVu Sans (regular and bold) is shipped inside the app (see Fonts/LICENSE-DejaVu.txt),
/// cut by Fonts/cut-dejavu.sh to Latin, Greek, Cyrillic, Arabic, Hebrew and common symbols. Chinese and Japanese come from Droid Sans Fallback, which the
/// container and tests/run.sh install from Debian's fonts-droid-fallback package; without it those characters are
/// drawn as markers like any other character no face has. No font the machine happens to have is used.
/// </summary>
public static class ReportFonts
{
    public const string CjkFontPath = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    public static FontFace Regular { get; } = new("DejaVu Sans", false, Embedded("DejaVuSans.ttf"));

    public static FontFace Bold { get; } = new("DejaVu Sans Bold", true, Embedded("DejaVuSans-Bold.ttf"));

    // Read on the first character DejaVu Sans does not have: most reports never need its 4 MB.
    private static readonly Lazy<FontFace?> LazyCjk = new(() => File.Exists(CjkFontPath) ? new("Droid Sans Fallback", false, File.ReadAllBytes(CjkFontPath)) : null);

    /// <summary>Chinese and Japanese, when the font is installed.</summary>
    public static FontFace? Cjk => LazyCjk.Value;

    /// <summary>What an undrawable character becomes: a visible marker, never an empty box.</summary>
    public const int Marker = 0xfffd;

    /// <summary>The faces the PDF library may be asked for: those already drawn with.</summary>
    private static IEnumerable<FontFace> Loaded => LazyCjk is { IsValueCreated: true, Value: { } cjk } ? [Regular, Bold, cjk] : [Regular, Bold];

    /// <summary>Gives PDFsharp the faces by name, from these files only.</summary>
    public sealed class Resolver : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            Loaded.Any(f => f.Name == familyName) ? new FontResolverInfo(familyName) : null;

        public byte[]? GetFont(string faceName) => Loaded.FirstOrDefault(f => f.Name == faceName)?.Data;
    }

    private static byte[] Embedded(string file)
    {
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream($"Decider.Web.Reports.Fonts.{file}")
            ?? throw new InvalidOperationException($"The report font {file} is not embedded in the app.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return data;
    }
}
