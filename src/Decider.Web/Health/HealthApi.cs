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
        var database = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true ? StorageOptions.Sqlite : StorageOptions.Postgres;
        // A broken content edit degrades the app rather than stopping it: the last good content still serves.
        var contentErrors = store.ReloadErrors;
        return TypedResults.Ok(new HealthResponse(contentErrors.IsEmpty ? "healthy" : "degraded", store.Content.Version, database,
            contentErrors.IsEmpty ? null : [.. contentErrors.Select(e => e.ToString())]));
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

/// <summary>Health; <see cref="ContentErrors"/> lists, as file:line: problem, why the latest content edit was rejected.</summary>
public sealed record HealthResponse(string Status, string ContentVersion, string Database, string[]? ContentErrors);
