using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Decider.Web.Components.Layout;

/// <summary>
/// The MudBlazor theme as a stylesheet at /theme.css, linked from the head of the interactive pages. MudBlazor's
/// theme provider would write the same rules as style elements into the body of every page, which HTML does not
/// allow there; here they are rendered once from the theme provider itself, so they stay what MudBlazor expects.
/// </summary>
public static partial class ThemeStylesheet
{
    public const string Path = "/theme.css";

    public static IEndpointRouteBuilder MapThemeStylesheet(this IEndpointRouteBuilder app)
    {
        var css = new Lazy<Task<string>>(() => RenderAsync(app.ServiceProvider));
        app.MapGet(Path, async (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return TypedResults.Text(await css.Value, "text/css", Encoding.UTF8);
        }).ExcludeFromDescription();
        return app;
    }

    private static async Task<string> RenderAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = DeciderTheme.Theme,
            }))).ToHtmlString());
        return string.Join("\n", StyleElement().Matches(html).Select(m => m.Groups[1].Value.Trim()));
    }

    [GeneratedRegex("<style[^>]*>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
