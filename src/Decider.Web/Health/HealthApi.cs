using Decider.Web.Content;

namespace Decider.Web.Health;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (ContentStore store) => TypedResults.Ok(new HealthResponse("healthy", store.Content.Version)))
            .WithName("Health")
            .WithSummary("Whether the app and its content are usable")
            .WithTags("Operations");
        return app;
    }
}

public sealed record HealthResponse(string Status, string ContentVersion);
