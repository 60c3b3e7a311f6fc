namespace Decider.Web.Tests.Assessments;

/// <summary>The app on a SQLite database of its own.</summary>
public sealed class SqliteApp : IAsyncLifetime
{
    public DeciderFactory Factory { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>The app on SQLite and the test content, for tests of what the pages say.</summary>
public sealed class TestContentApp : IAsyncLifetime
{
    public DeciderFactory Factory { get; } = new() { ContentDirectory = TestContent.Directory };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>The app on a throwaway PostgreSQL database.</summary>
public sealed class PostgresApp : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    public DeciderFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        Factory = new DeciderFactory { PostgresConnectionString = _database.ConnectionString };
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}
