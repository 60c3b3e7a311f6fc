using System.Reflection;
using Decider.Web.Extensions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decider.Web.Spikes;

/// <summary>What the lead confirms at the end review.</summary>
public enum SpikeDecision
{
    /// <summary>Rust earned its place: go on with it.</summary>
    Continue,

    /// <summary>Stop and keep the current stack, with the lesson.</summary>
    Stop,

    /// <summary>Give it more time, once, with a reason.</summary>
    Extend,
}

/// <summary>The body of POST /api/v1/spikes/{id}/end: the outcome the lead confirms, and why.</summary>
public sealed record SpikeEndRequest(
    [property: JsonShape("\"continue\", \"stop\" or \"extend\"")] SpikeDecision? Outcome,
    [property: JsonShape("text")] string? Reason,
    [property: JsonShape("a whole number of weeks")] int? Weeks = null)
    : IBindableFromHttpContext<SpikeEndRequest>
{
    public static ValueTask<SpikeEndRequest?> BindAsync(HttpContext context, ParameterInfo parameter) => JsonRequests.BindAsync<SpikeEndRequest>(context);
}

public sealed class SpikeEndRequestValidator : AbstractValidator<SpikeEndRequest>
{
    public const int MaxReason = 1_000;
    public const int MaxExtension = 6;

    public SpikeEndRequestValidator()
    {
        RuleFor(r => r.Outcome).NotNull().WithMessage("Outcome is required: \"continue\", \"stop\" or \"extend\".").OverridePropertyName("outcome");
        RuleFor(r => r.Reason).Must(r => !string.IsNullOrWhiteSpace(r) && r.Trim().Length <= MaxReason)
            .WithMessage($"Reason is required, at most {MaxReason:N0} characters: for continue what the numbers showed, for stop the lesson, for extend why more time.")
            .OverridePropertyName("reason");
        RuleFor(r => r.Weeks).Must(w => w is >= 1 and <= MaxExtension).When(r => r.Outcome == SpikeDecision.Extend)
            .WithMessage($"Weeks is required to extend: 1 to {MaxExtension} more weeks.").OverridePropertyName("weeks");
        RuleFor(r => r.Weeks).Null().When(r => r.Outcome != SpikeDecision.Extend)
            .WithMessage("Weeks goes only with \"extend\".").OverridePropertyName("weeks");
    }
}

/// <summary>An outcome the lead confirmed, appended: at most one extension, then continue or stop ends the spike.</summary>
public sealed class SpikeOutcomeRecord
{
    public long Id { get; init; }

    public required string SpikeId { get; init; }

    public required SpikeDecision Outcome { get; init; }

    public required string Reason { get; init; }

    public int? Weeks { get; init; }

    /// <summary>The rule the end review gave when the outcome was confirmed, in words, or why none fired.</summary>
    public required string Review { get; init; }

    /// <summary>
    /// 1 for the extension, 2 for continue or stop: unique per spike, so two outcomes confirmed at the same moment
    /// cannot both be recorded.
    /// </summary>
    public required int Stage { get; init; }

    public required DateTime RecordedAt { get; init; }

    /// <summary>
    /// The revision of the decision that continue or stop saved, with the verdict the outcome gives; null for an
    /// extension, and when the decision had been deleted before the end review.
    /// </summary>
    public string? RevisionId { get; init; }
}

public sealed class SpikeOutcomeEntityTypeConfiguration : IEntityTypeConfiguration<SpikeOutcomeRecord>
{
    public void Configure(EntityTypeBuilder<SpikeOutcomeRecord> builder)
    {
        builder.ToTable("spike_outcomes");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.SpikeId).HasMaxLength(32);
        builder.Property(o => o.RevisionId).HasMaxLength(32);
        builder.Property(o => o.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Reason).HasMaxLength(SpikeEndRequestValidator.MaxReason);
        builder.Property(o => o.RecordedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.HasIndex(o => new { o.SpikeId, o.Stage }).IsUnique();
    }
}
