namespace Decider.Web.Extensions;

/// <summary>
/// Lets the read-only pages and documents (share pages of assessments and systems, their PDF, ADR and card, the compare and sources pages) answer
/// HEAD as they answer GET, headers and all, for link checkers and unfurlers that ask before they fetch. Their
/// endpoints take GET only; the server sends no body for a HEAD request whatever the endpoint writes.
/// </summary>
public static class HeadRequests
{
    private static readonly PathString[] ReadOnly = ["/a", "/s", "/p", "/compare", "/sources"];

    public static IApplicationBuilder UseHeadForReadOnlyPages(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsHead(request.Method) && ReadOnly.Any(p => request.Path.StartsWithSegments(p)))
            {
                request.Method = HttpMethods.Get;
            }
            return next(context);
        });
}
