using Decider.Web.Infrastructure;
using Decider.Web.Tests.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Decider.Web.Tests.Infrastructure;

/// <summary>Each provider's migrations describe the model as it is: a change to an entity without its migration fails here.</summary>
public abstract class MigrationsTests(DeciderFactory factory)
{
    [Fact]
    public void Migrations_MatchTheModel()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DeciderDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {db.Database.ProviderName} model has changes no migration holds: add one with 'dotnet ef migrations add'.");
        Assert.Empty(db.Database.GetPendingMigrations());
    }
}

public sealed class SqliteMigrationsTests(SqliteApp app) : MigrationsTests(app.Factory), IClassFixture<SqliteApp>;

public sealed class PostgresMigrationsTests(PostgresApp app) : MigrationsTests(app.Factory), IClassFixture<PostgresApp>;
