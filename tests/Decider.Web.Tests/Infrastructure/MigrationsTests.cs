using Decider.Web.Infrastructure;
using Decider.Web.Tests.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Decider.Web.Tests.Infrastructure;

/// <summary>Each provider's migrations describe the model as it is, and carry saved assessments across unchanged.</summary>
public abstract class MigrationsTests(DeciderFactory factory)
{
    /// <summary>The migration before the stored result moved into the report.</summary>
    private const string BeforeResultInReport = "TeamSessions";

    private const string Result = """{"verdict":{"id":"go","title":"Use Go","summary":"s"},"rustFit":41,"confidence":"medium"}""";

    /// <summary>A context on a database of its own, with no migration applied yet.</summary>
    protected abstract Task<DeciderDbContext> EmptyDatabaseAsync();

    [Fact]
    public void Migrations_MatchTheModel()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DeciderDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {db.Database.ProviderName} model has changes no migration holds: add one with 'dotnet ef migrations add'.");
        Assert.Empty(db.Database.GetPendingMigrations());
    }

    [Fact]
    public async Task ResultInReport_MovesEachStoredResultIntoItsReportByteForByte()
    {
        await using var db = await EmptyDatabaseAsync();
        var migrator = db.GetService<IMigrator>();
        var before = db.Database.GetMigrations().Single(m => m.EndsWith("_" + BeforeResultInReport, StringComparison.Ordinal));
        await migrator.MigrateAsync(before);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO assessments ("Id", "Title", "AnswersJson", "ResultJson", "ReportJson", "ContentVersion", "CreatedAt", "DeleteTokenHash")
            VALUES ('AAAAAAAAAAAAAAAAAAAAAA', 'Old', {0}, {1}, {2}, 'v1', {3}, {4})
            """, "{}", Result, """{"rustFit":41}""", DateTime.UtcNow, new byte[32]);

        await migrator.MigrateAsync();

        var row = await db.Assessments.AsNoTracking().SingleAsync();
        Assert.Equal("""{"rustFit":41,"result":""" + Result + "}", row.ReportJson);
        Assert.Equal(Result, System.Text.Json.JsonDocument.Parse(row.ReportJson).RootElement.GetProperty("result").GetRawText());
    }

    [Fact]
    public async Task TeamDecisions_NumbersEarlierSubmissionsInTheOrderTheyCame()
    {
        await using var db = await EmptyDatabaseAsync();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_ResultInReport", StringComparison.Ordinal)));
        var now = DateTime.UtcNow;
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO team_sessions ("Id", "Title", "LeadKeyHash", "CreatedAt", "ClosesAt") VALUES ('S1', 'Old', {0}, {1}, {2});
            INSERT INTO team_submissions ("Id", "SessionId", "Name", "AnswersJson", "SubmittedAt") VALUES ('B', 'S1', 'Ben', {4}, {3});
            INSERT INTO team_submissions ("Id", "SessionId", "Name", "AnswersJson", "SubmittedAt") VALUES ('A', 'S1', 'Ana', {4}, {1});
            """, new byte[32], now, now.AddDays(14), now.AddMinutes(1), "{}");

        await migrator.MigrateAsync();

        var slots = await db.TeamSubmissions.AsNoTracking().OrderBy(s => s.Slot).Select(s => new { s.Name, s.Slot }).ToListAsync();
        Assert.Equal([("Ana", 1), ("Ben", 2)], slots.Select(s => (s.Name, s.Slot)));
    }
}

public sealed class SqliteMigrationsTests(SqliteApp app) : MigrationsTests(app.Factory), IClassFixture<SqliteApp>, IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"decider-migrations-{Guid.NewGuid():N}.db");

    protected override Task<DeciderDbContext> EmptyDatabaseAsync() =>
        Task.FromResult<DeciderDbContext>(new SqliteDeciderDbContext(new DbContextOptionsBuilder<SqliteDeciderDbContext>().UseSqlite($"Data Source={_file}").Options));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}

public sealed class PostgresMigrationsTests(PostgresApp app) : MigrationsTests(app.Factory), IClassFixture<PostgresApp>, IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    protected override Task<DeciderDbContext> EmptyDatabaseAsync() =>
        Task.FromResult<DeciderDbContext>(new PostgresDeciderDbContext(new DbContextOptionsBuilder<PostgresDeciderDbContext>().UseNpgsql(_database.ConnectionString).Options));

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();
}
