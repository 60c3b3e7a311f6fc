using Npgsql;

namespace Decider.Web.Tests.Assessments;

/// <summary>
/// A throwaway database on the PostgreSQL server named by DECIDER_TEST_POSTGRES, which tests/run.sh
/// starts. Without it the PostgreSQL tests fail, saying so, rather than skip.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string Variable = "DECIDER_TEST_POSTGRES";

    private readonly string _name = "decider_test_" + Guid.NewGuid().ToString("N");

    public string ConnectionString { get; private set; } = "";

    private static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value
        : throw new InvalidOperationException($"{Variable} is not set: the PostgreSQL tests need a server. Run tests/run.sh, which installs and starts one.");

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE {_name}", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ToString();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
