using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Decider.Web.Tests.Assessments;

namespace Decider.Web.Tests.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_Sqlite_ReportsHealthyContentAndDatabase()
    {
        await using var factory = new DeciderFactory();

        var body = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/healthz");

        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("sqlite", body.GetProperty("database").GetString());
    }

    [Fact]
    public async Task Health_PostgresDatabaseGone_Returns503WithTheReason()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        await using var factory = new DeciderFactory { PostgresConnectionString = database.ConnectionString };
        var client = factory.CreateClient();
        Assert.Equal("postgres", (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("database").GetString());

        await database.DisposeAsync();
        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("cannot reach its database", await response.Content.ReadAsStringAsync());
    }
}
