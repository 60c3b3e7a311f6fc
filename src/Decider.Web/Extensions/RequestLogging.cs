using System.Diagnostics;

namespace Decider.Web.Extensions;

/// <summary>
/// One structured log line per request: method, route template (not the path, so no ids or tokens end up
/// in logs), status and duration.
/// </summary>
public static partial class RequestLogging
{
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Decider.Requests");
                Log(logger, context.Request.Method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} {Status} {ElapsedMs:0.0} ms")]
    private static partial void Log(ILogger logger, string method, string route, int status, double elapsedMs);
}
