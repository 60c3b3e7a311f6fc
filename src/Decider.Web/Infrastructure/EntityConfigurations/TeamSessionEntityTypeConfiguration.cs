using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decider.Web.Infrastructure.EntityConfigurations;

public sealed class TeamSessionEntityTypeConfiguration : IEntityTypeConfiguration<TeamSession>
{
    public void Configure(EntityTypeBuilder<TeamSession> builder)
    {
        builder.ToTable("team_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(32);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.LeadKeyHash).HasMaxLength(32);
        builder.Property(s => s.SavedAssessmentId).HasMaxLength(32);
        builder.Property(s => s.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(s => s.ClosesAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.HasMany(s => s.Submissions).WithOne().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TeamSubmissionEntityTypeConfiguration : IEntityTypeConfiguration<TeamSubmission>
{
    public void Configure(EntityTypeBuilder<TeamSubmission> builder)
    {
        builder.ToTable("team_submissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(32);
        builder.Property(s => s.SessionId).HasMaxLength(32);
        builder.Property(s => s.Name).HasMaxLength(60);
        builder.Property(s => s.ParticipantKeyHash).HasMaxLength(32);
        builder.Property(s => s.SubmittedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(s => s.UpdatedAt).HasConversion(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
        builder.HasIndex(s => new { s.SessionId, s.Slot }).IsUnique();
        builder.HasIndex(s => new { s.SessionId, s.ParticipantKeyHash }).IsUnique();
    }
}
