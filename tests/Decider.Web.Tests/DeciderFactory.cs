using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Decider.Web.Tests;

/// <summary>The real app in memory, on the shipped content unless a test points it elsewhere.</summary>
public sealed class DeciderFactory : WebApplicationFactory<Program>
{
    /// <summary>Where the app reads its content; null for the shipped content.</summary>
    public string? ContentDirectory { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (ContentDirectory is not null)
        {
            builder.UseSetting("Decider:ContentDirectory", ContentDirectory);
        }
    }
}
