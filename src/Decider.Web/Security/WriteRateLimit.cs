using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Decider.Web.Security;

/// <summary>
/// Limits saves and deletes of assessments per client, a fixed window a minute; 0 turns it off
/// (Decider:RateLimit:WritesPerMinute).
/// </summary>
public static class WriteRateLimit
{
    public const string Policy = "writes";
    public const int DefaultWritesPerMinute = 30;

    public static IServiceCollection AddWriteRateLimit(this IServiceCollection services, int writesPerMinute) =>
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context => writesPerMinute <= 0
                ? RateLimitPartition.GetNoLimiter("off")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = writesPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many writes",
                        Detail = $"This client saved or deleted too many assessments in the last minute. Try again in {retryAfter} seconds.",
                    },
                });
            };
        });
}
