using Bunit;
using Decider.Web.Content;
using Decider.Web.Wizard;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Decider.Web.Tests.Wizard;

/// <summary>A bUnit context with the wizard's services and the shipped content.</summary>
public abstract class WizardTestContext : BunitContext, IAsyncLifetime
{
    public static readonly ContentStore Store = ContentStore.Load(Path.Combine(AppContext.BaseDirectory, "content"));

    protected WizardTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(Store);
        Services.AddScoped<DraftStorage>();
        Services.AddSingleton(TimeProvider.System);
    }

    protected static WizardState NewState() => new(Store.Engine);

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services can only be disposed asynchronously; xunit calls this before Dispose.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
