using Decider.Web.Content;
using Decider.Web.Infrastructure;

namespace Decider.Web.Health;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", CheckAsync)
            .WithName("Health")
            .WithSummary("200 when the app, its content and its database are usable; 503 with the reason when the database is not")
            .WithTags("Operations");
        return app;
    }

    public static async Task<IResult> CheckAsync(ContentStore store, DeciderDbContext db, CancellationToken cancellationToken)
    {
        if (!await CanReachAsync(db, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Database unavailable",
                detail: "The app is running but cannot reach its database, so assessments cannot be saved or shown.");
        }
        return TypedResults.Ok(new HealthResponse("healthy", store.Content.Version, db.Database.ProviderName switch
        {
            { } name when name.Contains("Sqlite", StringComparison.Ordinal) => StorageOptions.Sqlite,
            _ => StorageOptions.Postgres,
        }));
    }

    private static async Task<bool> CanReachAsync(DeciderDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            return false;
        }
    }
}

public sealed record HealthResponse(string Status, string ContentVersion, string Database);
