using Decider.Web.Content;
using Decider.Web.Evaluate;
using FluentValidation;

namespace Decider.Web.Extensions;

public static class HostingExtensions
{
    public static WebApplicationBuilder AddDeciderServices(this WebApplicationBuilder builder, ContentStore content)
    {
        builder.Services.AddOptions<DeciderOptions>().BindConfiguration(DeciderOptions.Section);
        builder.Services.AddSingleton(content);
        builder.Services.AddValidatorsFromAssemblyContaining<EvaluateRequestValidator>(ServiceLifetime.Singleton);
        builder.Services.AddProblemDetails();
        return builder;
    }
}
