using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decider.Web.Assessments;

public sealed class AssessmentEntityTypeConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(32);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Notes).HasMaxLength(10_000);
        builder.Property(a => a.ContentVersion).HasMaxLength(64);
        builder.Property(a => a.RevisesId).HasMaxLength(32);
        builder.Property(a => a.DeleteTokenHash).HasMaxLength(32);
        // SQLite hands back DateTime values without a kind; every stored time is UTC.
        builder.Property(a => a.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.HasIndex(a => a.RevisesId);
    }
}

public sealed class AssessmentStatusChangeEntityTypeConfiguration : IEntityTypeConfiguration<AssessmentStatusChange>
{
    public void Configure(EntityTypeBuilder<AssessmentStatusChange> builder)
    {
        builder.ToTable("assessment_status_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(32);
        builder.Property(c => c.AssessmentId).HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.By).HasMaxLength(AssessmentStatuses.MaxName);
        builder.Property(c => c.Note).HasMaxLength(AssessmentStatuses.MaxNote);
        builder.Property(c => c.SupersededById).HasMaxLength(32);
        builder.Property(c => c.RecordedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        // Deleting an assessment takes its sign-offs with it.
        builder.HasOne<Assessment>().WithMany().HasForeignKey(c => c.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.AssessmentId);
    }
}
