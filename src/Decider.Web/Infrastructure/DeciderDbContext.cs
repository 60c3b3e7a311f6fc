using Decider.Web.Assessments;
using Decider.Web.Infrastructure.EntityConfigurations;
using Decider.Web.Systems;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Decider.Web.Infrastructure;

/// <summary>
/// The app's database. Each provider has its own subclass so that each keeps its own migrations:
/// <c>dotnet ef migrations add NAME --project src/Decider.Web --context SqliteDeciderDbContext --output-dir Infrastructure/Migrations/Sqlite</c>
/// and the same with <c>PostgresDeciderDbContext</c> and <c>Infrastructure/Migrations/Postgres</c>.
/// </summary>
public abstract class DeciderDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<AssessmentStatusChange> AssessmentStatusChanges => Set<AssessmentStatusChange>();

    public DbSet<TeamSession> TeamSessions => Set<TeamSession>();

    public DbSet<TeamSubmission> TeamSubmissions => Set<TeamSubmission>();

    public DbSet<SavedSystem> Systems => Set<SavedSystem>();

    public DbSet<Spikes.SavedSpike> Spikes => Set<Spikes.SavedSpike>();

    public DbSet<Spikes.SpikeCheckInRecord> SpikeCheckIns => Set<Spikes.SpikeCheckInRecord>();

    public DbSet<Spikes.SpikeOutcomeRecord> SpikeOutcomes => Set<Spikes.SpikeOutcomeRecord>();

    /// <summary>ASP.NET Data Protection keys, shared by every instance on the same database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new AssessmentEntityTypeConfiguration())
            .ApplyConfiguration(new AssessmentStatusChangeEntityTypeConfiguration())
            .ApplyConfiguration(new TeamSessionEntityTypeConfiguration())
            .ApplyConfiguration(new TeamSubmissionEntityTypeConfiguration())
            .ApplyConfiguration(new SavedSystemEntityTypeConfiguration())
            .ApplyConfiguration(new Spikes.SavedSpikeEntityTypeConfiguration())
            .ApplyConfiguration(new Spikes.SpikeCheckInEntityTypeConfiguration())
            .ApplyConfiguration(new Spikes.SpikeOutcomeEntityTypeConfiguration());
}

public sealed class SqliteDeciderDbContext(DbContextOptions<SqliteDeciderDbContext> options) : DeciderDbContext(options);

public sealed class PostgresDeciderDbContext(DbContextOptions<PostgresDeciderDbContext> options) : DeciderDbContext(options);
