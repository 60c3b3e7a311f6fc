using System.Text.Json;
using Decider.Core.Spikes;
using Decider.Web.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decider.Web.Spikes;

/// <summary>
/// A spike planned from a saved result. The plan never changes once saved: it is what the team wrote down before
/// anyone wrote Rust. Check-ins are appended to it.
/// </summary>
public sealed class SavedSpike
{
    public required string Id { get; init; }

    /// <summary>The saved assessment whose verdict asked for the spike (or, for rust and rust-library, the rollout).</summary>
    public required string AssessmentId { get; init; }

    /// <summary>The plan as <see cref="SpikePlan"/>, in the API's JSON.</summary>
    public required string PlanJson { get; init; }

    public required DateTime CreatedAt { get; init; }

    /// <summary>SHA-256 of the plan's edit key; the key itself is shown once and never stored.</summary>
    public required byte[] EditKeyHash { get; init; }

    public SpikePlan Plan => JsonSerializer.Deserialize<SpikePlan>(PlanJson, DeciderJson.Options)!;
}

/// <summary>A value measured for one of a spike's metrics. Never changed; a correction is a later check-in.</summary>
public sealed class SpikeCheckInRecord
{
    public long Id { get; init; }

    public required string SpikeId { get; init; }

    public required string Metric { get; init; }

    public required DateOnly On { get; init; }

    public required double Value { get; init; }

    public string? Note { get; init; }

    public required DateTime RecordedAt { get; init; }

    public CheckIn ToCheckIn() => new(Metric, On, Value, Note);
}

public sealed class SavedSpikeEntityTypeConfiguration : IEntityTypeConfiguration<SavedSpike>
{
    public void Configure(EntityTypeBuilder<SavedSpike> builder)
    {
        builder.ToTable("spikes");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(32);
        builder.Property(s => s.AssessmentId).HasMaxLength(32);
        builder.Property(s => s.EditKeyHash).HasMaxLength(32);
        builder.Property(s => s.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.HasIndex(s => s.AssessmentId);
    }
}

public sealed class SpikeCheckInEntityTypeConfiguration : IEntityTypeConfiguration<SpikeCheckInRecord>
{
    public void Configure(EntityTypeBuilder<SpikeCheckInRecord> builder)
    {
        builder.ToTable("spike_check_ins");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.SpikeId).HasMaxLength(32);
        builder.Property(c => c.Metric).HasMaxLength(PlanSpikeRequestValidator.MaxName);
        builder.Property(c => c.Note).HasMaxLength(CheckInRequestValidator.MaxNote);
        builder.Property(c => c.RecordedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.HasIndex(c => c.SpikeId);
    }
}
