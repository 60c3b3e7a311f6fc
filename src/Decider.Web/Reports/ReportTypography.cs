using Decider.Web.Reports.Layout;

namespace Decider.Web.Reports;

/// <summary>The report's named text styles and colours.</summary>
public static class ReportTypography
{
    public static readonly Color Ink = new(0x1f, 0x23, 0x28);
    public static readonly Color Muted = new(0x59, 0x63, 0x6e);
    public static readonly Color Accent = new(0xb7, 0x41, 0x0e);
    public static readonly Color For = new(0x1a, 0x7f, 0x37);
    public static readonly Color Against = new(0xb4, 0x23, 0x18);
    public static readonly Color Line = new(0xd0, 0xd7, 0xde);
    public static readonly Color Soft = new(0xf3, 0xf4, 0xf6);
    public static readonly Color Track = new(0xf1, 0xd9, 0xcf);
    public static readonly Color LinkBlue = new(0x0b, 0x5c, 0xad);

    public static readonly TextStyle Title = new(true, 20, Ink, 1.25f);
    public static readonly TextStyle VerdictTitle = new(true, 16, Accent, 1.3f);
    public static readonly TextStyle Heading = new(true, 12.5f, Ink, 1.6f);
    public static readonly TextStyle Body = new(false, 9.5f, Ink);
    public static readonly TextStyle Strong = new(true, 9.5f, Ink);
    public static readonly TextStyle Small = new(false, 8, Muted);
    public static readonly TextStyle SmallLink = new(false, 8, LinkBlue);
    public static readonly TextStyle Label = new(true, 7.5f, Muted);
    public static readonly TextStyle WeightFor = new(true, 9.5f, For);
    public static readonly TextStyle WeightAgainst = new(true, 9.5f, Against);
    public static readonly TextStyle ForLabel = new(true, 8, For);
    public static readonly TextStyle AgainstLabel = new(true, 8, Against);
}
