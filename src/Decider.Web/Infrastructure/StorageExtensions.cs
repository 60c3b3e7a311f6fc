using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Decider.Web.Infrastructure;

public static class StorageExtensions
{
    public const string ConnectionStringName = "Decider";

    /// <summary>
    /// Registers the database chosen by Decider:Storage:Provider as <see cref="DeciderDbContext"/>. SQLite
    /// by default, in decider.db under the data directory, which is created when missing.
    /// </summary>
    public static WebApplicationBuilder AddDeciderStorage(this WebApplicationBuilder builder, DeciderOptions options)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        // Pooled contexts: every share page and API read would otherwise build a context and look up its
        // options again, a measurable part of a request that is otherwise one indexed query.
        switch (options.Storage.Provider.ToLowerInvariant())
        {
            case StorageOptions.Sqlite:
                connectionString ??= DefaultSqlite(options.DataDirectory);
                builder.Services.AddDbContextPool<SqliteDeciderDbContext>(o => o.UseSqlite(connectionString));
                builder.Services.AddScoped<DeciderDbContext>(s => s.GetRequiredService<SqliteDeciderDbContext>());
                break;
            case StorageOptions.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException($"Decider:Storage:Provider is 'postgres' but ConnectionStrings:{ConnectionStringName} is not set.");
                }
                builder.Services.AddDbContextPool<PostgresDeciderDbContext>(o => o.UseNpgsql(connectionString));
                builder.Services.AddHostedService(s => new Teams.TeamEventListener(connectionString, s.GetRequiredService<Teams.TeamEvents>(),
                    s.GetRequiredService<ILogger<Teams.TeamEventListener>>()));
                builder.Services.AddScoped<DeciderDbContext>(s => s.GetRequiredService<PostgresDeciderDbContext>());
                break;
            default:
                throw new InvalidOperationException($"Decider:Storage:Provider must be '{StorageOptions.Sqlite}' or '{StorageOptions.Postgres}', not '{options.Storage.Provider}'.");
        }
        // Keys in the database, not on local disk: cookies, antiforgery tokens and circuits protected by one
        // instance can be read by any other instance on the same database.
        builder.Services.AddDataProtection().SetApplicationName("Decider").PersistKeysToDbContext<DeciderDbContext>();
        return builder;
    }

    /// <summary>Creates or upgrades the schema with the provider's migrations; for SQLite also turns on WAL.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeciderDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // WAL lets the share page read while a save writes, and survives a crash without losing commits.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    private static string DefaultSqlite(string dataDirectory)
    {
        var directory = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(directory);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "decider.db"), Pooling = true }.ToString();
    }
}
