namespace Decider.Web.Extensions;

/// <summary>
/// Lets the server-rendered pages answer HEAD as they answer GET, headers and all, for link checkers and unfurlers
/// that ask before they fetch. The page endpoints take GET only; the server sends no body for a HEAD request.
/// </summary>
public static class HeadRequests
{
    private static readonly PathString[] Pages = ["/a", "/compare", "/sources"];

    public static IApplicationBuilder UseHeadForPages(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsHead(request.Method) && Pages.Any(p => request.Path.StartsWithSegments(p)) && !request.Path.Value!.EndsWith(".pdf", StringComparison.Ordinal)
                && !request.Path.Value.EndsWith(".md", StringComparison.Ordinal) && !request.Path.Value.EndsWith(".png", StringComparison.Ordinal))
            {
                request.Method = HttpMethods.Get;
            }
            return next(context);
        });
}
