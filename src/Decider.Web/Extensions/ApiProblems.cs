using Microsoft.AspNetCore.Diagnostics;

namespace Decider.Web.Extensions;

public static class ApiProblems
{
    /// <summary>Gives an API response that has an error status but no body a problem-details body.</summary>
    public static async Task WriteBareStatusAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            return;
        }
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = http.Response.StatusCode } });
    }
}
