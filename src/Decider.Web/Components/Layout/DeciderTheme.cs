using MudBlazor;

namespace Decider.Web.Components.Layout;

public static class DeciderTheme
{
    /// <summary>
    /// System fonts only: the app must render the same offline and never fetch fonts from a third party.
    /// </summary>
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#b7410e",
            Secondary = "#2f5d8a",
            AppbarBackground = "#2b2b2b",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
