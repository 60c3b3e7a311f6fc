using System.Net;
using Decider.Web.Tests;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Decider.Web.BrowserTests;

/// <summary>
/// The real app on Kestrel at a loopback port on the test content, a second one on the shipped content for the
/// screenshots, and Debian's Chromium driven by Playwright. Browser downloads do not work here, so Chromium must be
/// installed at <see cref="ChromiumPath"/> (tests/run.sh installs it); without it these tests fail rather than skip.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public DeciderFactory Server { get; private set; } = null!;

    /// <summary>The app on the shipped content, whose long labels and many options the screenshots are about.</summary>
    public DeciderFactory ShippedServer { get; private set; } = null!;

    public string ShippedBaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The port Kestrel was given by the system on the first start; a restart takes the same one back.</summary>
    public int Port { get; private set; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}; run tests/run.sh, which installs Debian's chromium package.");
        }
        Server = StartServer(0, TestContent.Directory);
        Port = PortOf(Server);
        ShippedServer = StartServer(0, null);
        ShippedBaseUrl = $"http://127.0.0.1:{PortOf(ShippedServer)}";
        // The whole suite runs in parallel on two cores: give the browser's expectations the same time as its actions.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The flags keep Chromium from reaching for the network, which is closed here.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Stops the server and starts a fresh one on the same port, as a deployment or crash would.</summary>
    public async Task RestartServerAsync()
    {
        await Server.DisposeAsync();
        Server = StartServer(Port, TestContent.Directory);
    }

    /// <summary>Saves a system through the API, as a script would, and gives its id.</summary>
    public async Task<string> SaveSystemAsync(string json)
    {
        using var api = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var saved = await api.PostAsync("/api/v1/systems", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var body = await saved.Content.ReadAsStringAsync();
        return saved.StatusCode == HttpStatusCode.Created
            ? System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!
            : throw new InvalidOperationException($"Saving the system failed with {saved.StatusCode}: {body}");
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        if (ShippedServer is not null)
        {
            await ShippedServer.DisposeAsync();
        }
    }

    private static int PortOf(DeciderFactory server) =>
        new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()).Port;

    private static DeciderFactory StartServer(int port, string? contentDirectory)
    {
        var server = new DeciderFactory { ContentDirectory = contentDirectory };
        server.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        server.StartServer();
        return server;
    }
}
