using Decider.Core.Content.Loading;
using Decider.Web;
using Decider.Web.Assessments;
using Decider.Web.Infrastructure;
using Decider.Web.Reports;
using Decider.Web.Security;
using Decider.Web.Sharing;
using Decider.Web.Spikes;
using Decider.Web.Systems;
using Decider.Web.Components;
using Decider.Web.Components.Layout;
using Decider.Web.Content;
using Decider.Web.Evaluate;
using Decider.Web.Extensions;
using Decider.Web.Health;

if (args is [CheckContentCommand.Name, .. var rest])
{
    return CheckContentCommand.Run(rest.FirstOrDefault() ?? new DeciderOptions().ContentDirectory, Console.Out, Console.Error);
}

if (args is [HealthCheckCommand.Name, .. var target])
{
    return await HealthCheckCommand.RunAsync(target.FirstOrDefault() ?? "http://localhost:8080");
}

var builder = WebApplication.CreateBuilder(args);
var options = builder.Configuration.GetSection(DeciderOptions.Section).Get<DeciderOptions>() ?? new DeciderOptions();
if (options.ForwardedHeaders.Problems() is { Count: > 0 } problems)
{
    Console.Error.WriteLine("Decider cannot start: the trusted proxies are not usable.");
    problems.ToList().ForEach(Console.Error.WriteLine);
    return 1;
}
ContentStore content;
try
{
    content = ContentStore.Load(options.ContentDirectory);
}
catch (ContentException e)
{
    Console.Error.WriteLine($"Decider cannot start: the content in '{options.ContentDirectory}' has errors.");
    Console.Error.WriteLine(e.Message);
    return 1;
}

// Serves package assets (MudBlazor, the Blazor script) from a plain build in any environment; a published
// app carries them in wwwroot and this does nothing there.
builder.WebHost.UseStaticWebAssets();
builder.AddDeciderServices(content, options);

var app = builder.Build();
content.Watch(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Decider.Content"));
app.Lifetime.ApplicationStopping.Register(content.Dispose);
await app.Services.MigrateDatabaseAsync();
// First, so that logging, the write limit and the links the app writes see the client and scheme a trusted proxy reports.
if (options.ForwardedHeaders.NamesAProxy)
{
    app.UseForwardedHeaders();
}
app.UseRequestLogging();
app.UseSecurityHeaders();
app.UseResponseCompression();
if (options.RequireHttps)
{
    app.UseHsts();
    app.UseHttpsRedirection();
}
app.UseExceptionHandler();
// A bare error status becomes problem details for API clients (the inner handler) and the not-found page
// for people (the outer one, which only acts when the inner one wrote nothing).
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseStatusCodePages(ApiProblems.WriteBareStatusAsync);
// Before routing, so that a HEAD for a page or document finds its GET endpoint.
app.UseHeadForReadOnlyPages();
app.UseRouting();
app.UseRateLimiter();
app.UseAntiforgery();
app.UseOutputCache();

app.MapStaticAssets();
app.MapThemeStylesheet();
app.MapOpenApi();
app.MapHealthApi();
app.MapEvaluateApi();
app.MapSystemsApi();
app.MapSpikesApi();
app.MapAssessmentsApi();
app.MapReportsApi();
app.MapShareCard();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o =>
{
    o.ContentSecurityFrameAncestorsPolicy = null;
    // Each render batch is compressed on its own. With the default context takeover every circuit keeps a zlib
    // deflate state of about 200 KB for as long as it lives (bench/load/sessions.sh: 499 against 319 KB per
    // session); compressed one by one, the first step, two answers and the second step still shrink from 77 KB
    // to 20 KB on the wire (17 KB with takeover).
    o.ConfigureWebSocketAcceptContext = (_, accept) =>
    {
        accept.DangerousEnableCompression = true;
        accept.DisableServerContextTakeover = true;
        return Task.CompletedTask;
    };
});

await app.RunAsync();
return 0;

public partial class Program;
