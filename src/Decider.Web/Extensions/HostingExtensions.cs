using Decider.Web.Assessments;
using Decider.Web.Content;
using Decider.Web.Evaluate;
using Decider.Web.Infrastructure;
using Decider.Web.Security;
using Decider.Web.Sharing;
using Decider.Web.Teams;
using Decider.Web.Wizard;
using FluentValidation;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace Decider.Web.Extensions;

public static class HostingExtensions
{
    public static WebApplicationBuilder AddDeciderServices(this WebApplicationBuilder builder, ContentStore content, DeciderOptions options)
    {
        builder.AddDeciderStorage(options);
        builder.Services.AddOptions<DeciderOptions>().BindConfiguration(DeciderOptions.Section);
        builder.Services.AddSingleton(content);
        builder.Services.AddValidatorsFromAssemblyContaining<EvaluateRequestValidator>(ServiceLifetime.Scoped);
        builder.Services.ConfigureHttpJsonOptions(o => DeciderJson.Configure(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<RequestBodyProblemHandler>();
        // A refused body is the client's mistake, answered with a problem response: not an error worth logging.
        builder.Services.Configure<ExceptionHandlerOptions>(o => o.SuppressDiagnosticsCallback = c => c.Exception is RequestBodyProblem);
        builder.Services.AddDeciderOpenApi();
        // Pages, documents and every static asset go out compressed (the MudBlazor stylesheet is 627 KB as it is).
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            o.MimeTypes = [.. Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes, "text/markdown", "image/svg+xml"];
        });
        builder.Services.AddWriteRateLimit(options.RateLimit.WritesPerMinute);
        builder.Services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(options.ForwardedHeaders.ApplyTo);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // Our own headers set X-Frame-Options and frame-ancestors for every response.
        builder.Services.AddAntiforgery(o => o.SuppressXFrameOptionsHeader = true);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.Replace(ServiceDescriptor.Scoped<AntiforgeryStateProvider, NoFormAntiforgeryState>());
        builder.Services.AddMudServices();
        builder.Services.AddOutputCache(o =>
        {
            o.SizeLimit = SharePageCache.SizeLimitBytes;
            o.AddPolicy(SharePageCache.PolicyName, new SharePageCache());
        });
        builder.Services.AddScoped<DraftStorage>();
        builder.Services.AddScoped<SavedResults>();
        builder.Services.AddScoped<Systems.SystemBrowserStorage>();
        builder.Services.AddScoped<AssessmentSaver>();
        builder.Services.AddScoped<Systems.SystemSaver>();
        builder.Services.AddScoped<AssessmentStatuses>();
        builder.Services.AddScoped<TeamSessions>();
        builder.Services.AddScoped<ParticipantStorage>();
        builder.Services.AddSingleton<TeamEvents>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
