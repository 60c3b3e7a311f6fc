using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Decider.Web.Tests;

/// <summary>
/// The real app in memory, on the shipped content and a SQLite database of its own unless a test points
/// it elsewhere.
/// </summary>
public sealed class DeciderFactory : WebApplicationFactory<Program>
{
    /// <summary>Where the app reads its content; null for the shipped content.</summary>
    public string? ContentDirectory { get; init; }

    private readonly string _ownDataDirectory = Path.Combine(Path.GetTempPath(), "decider-data-" + Guid.NewGuid().ToString("N"));

    public DeciderFactory() => DataDirectory = _ownDataDirectory;

    /// <summary>
    /// Where the SQLite database lives; several factories may share one to act as restarts, and then whoever made it
    /// removes it. A factory's own is removed when it is disposed, whether its tests passed or not.
    /// </summary>
    public string DataDirectory { get; init; }

    /// <summary>Saves and deletes allowed per client per minute; off unless a test is about the limit.</summary>
    public int WritesPerMinute { get; init; }

    /// <summary>A PostgreSQL connection string; null for SQLite.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>The app's clock; null for the real one.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>
    /// The address requests come from. The in-memory server has none of its own, and forwarded headers from a
    /// connection without an address are believed whatever the settings, so every test gets one: loopback, as a
    /// browser on this machine would be.
    /// </summary>
    public IPAddress RemoteAddress { get; init; } = IPAddress.Loopback;

    /// <summary>Decider:ForwardedHeaders:KnownProxies and KnownNetworks; none unless a test is about proxies.</summary>
    public string? KnownProxies { get; init; }

    public string? KnownNetworks { get; init; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (DataDirectory == _ownDataDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Decider:DataDirectory", DataDirectory);
        builder.UseSetting("Decider:RateLimit:WritesPerMinute", WritesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (ContentDirectory is not null)
        {
            builder.UseSetting("Decider:ContentDirectory", ContentDirectory);
        }
        builder.UseSetting("Decider:ForwardedHeaders:KnownProxies", KnownProxies ?? "");
        builder.UseSetting("Decider:ForwardedHeaders:KnownNetworks", KnownNetworks ?? "");
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(RemoteAddress)));
        if (Time is { } time)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(time));
        }
        if (PostgresConnectionString is not null)
        {
            builder.UseSetting("Decider:Storage:Provider", "postgres");
            builder.UseSetting("ConnectionStrings:Decider", PostgresConnectionString);
        }
    }
}

/// <summary>Gives each in-memory request the connection address a real one would have.</summary>
internal sealed class RemoteAddressFilter(IPAddress address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= address;
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>The real clock moved by a fixed amount, to see what a page says days after a save.</summary>
public sealed class ShiftedTime(TimeSpan shift) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
}
