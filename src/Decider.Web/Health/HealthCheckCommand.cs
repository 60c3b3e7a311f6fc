namespace Decider.Web.Health;

/// <summary>
/// `healthcheck [url]`: asks a running app's /healthz and exits 0 when it answers 200, for container health
/// checks in images that have no curl.
/// </summary>
public static class HealthCheckCommand
{
    public const string Name = "healthcheck";

    public static async Task<int> RunAsync(string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            var response = await client.GetAsync(url.TrimEnd('/') + "/healthz");
            Console.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"unhealthy: {e.Message}");
            return 1;
        }
    }
}
