using Bunit;
using Decider.Web.Content;
using Decider.Web.Wizard;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Decider.Web.Tests.Wizard;

/// <summary>A bUnit context with the services of the wizard and the system editor, and the test content.</summary>
public abstract class WizardTestContext : BunitContext, IAsyncLifetime
{
    public static ContentStore Store => TestContent.Store;

    protected WizardTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(Store);
        Services.AddScoped<DraftStorage>();
        Services.AddScoped<SavedResults>();
        Services.AddScoped<Decider.Web.Systems.SystemBrowserStorage>();
        Services.AddSingleton(TimeProvider.System);
        // Set last, as it builds the services. As the wizard runs: on the server, interactive.
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    protected static WizardState NewState() => new(Store.Engine);

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services can only be disposed asynchronously; xunit calls this before Dispose.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
