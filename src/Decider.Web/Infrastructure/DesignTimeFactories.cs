using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Decider.Web.Infrastructure;

// Used only by `dotnet ef` to build each provider's model when adding migrations; the app itself
// configures the contexts in StorageExtensions.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDeciderDbContext>
{
    public SqliteDeciderDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDeciderDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDeciderDbContext>
{
    public PostgresDeciderDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDeciderDbContext>().UseNpgsql("Host=localhost;Database=decider_design").Options);
}
