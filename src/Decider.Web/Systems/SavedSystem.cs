using System.Text.Json;
using System.Text.Json.Nodes;
using Decider.Core.Systems;
using Decider.Web.Evaluate;
using Decider.Web.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decider.Web.Systems;

/// <summary>
/// A saved system. Never updated: the map is the one computed when it was saved, under <see cref="ContentVersion"/>;
/// a revision is a new system pointing at its parent.
/// </summary>
public sealed class SavedSystem
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Notes { get; init; }

    /// <summary>The team profile's answers, in the JSON shape of the API.</summary>
    public required string TeamJson { get; init; }

    /// <summary>The components as given: each name with its own answers, in the JSON shape of the API.</summary>
    public required string ComponentsJson { get; init; }

    /// <summary>The map exactly as the evaluate route returned it at save time.</summary>
    public required string ResultJson { get; init; }

    public required string ContentVersion { get; init; }

    public required DateTime CreatedAt { get; init; }

    public string? RevisesId { get; init; }

    public DateOnly? RevisitBy { get; init; }

    /// <summary>SHA-256 of the delete token; the token itself is shown once and never stored.</summary>
    public required byte[] DeleteTokenHash { get; init; }

    private SystemMapResponse? _parsedMap;

    /// <summary>The map exactly as it was stored, read once: a saved system never changes.</summary>
    public SystemMapResponse Map => _parsedMap ??= JsonSerializer.Deserialize<SystemMapResponse>(ResultJson, DeciderJson.Options)!;

    /// <summary>
    /// The stored team profile and components read under <paramref name="content"/>: answers it no longer accepts are
    /// left out, as when a saved assessment is read again.
    /// </summary>
    public (AnswerSet Team, IReadOnlyList<SystemComponent> Components) ToSystem(DecisionContent content) =>
        (AnswersJson.ReadStored(TeamJson, content).Answers,
         [.. DeciderJson.Element(ComponentsJson).EnumerateArray().Select(c => new SystemComponent(c.GetProperty("name").GetString()!,
             AnswersJson.ReadStored(c.GetProperty("answers").GetRawText(), content).Answers))]);

    /// <summary>
    /// Component <paramref name="number"/> (counting from 1): its name and its answers over the team's, as stored
    /// answers, so the wizard can open it as an assessment of its own; null when there is no such component.
    /// </summary>
    public (string Name, string AnswersJson)? Component(int number)
    {
        var components = JsonNode.Parse(ComponentsJson)!.AsArray();
        if (number < 1 || number > components.Count)
        {
            return null;
        }
        var component = components[number - 1]!;
        var answers = JsonNode.Parse(TeamJson)!.AsObject();
        foreach (var (questionId, answer) in component["answers"]!.AsObject())
        {
            answers[questionId] = answer?.DeepClone();
        }
        return (component["name"]!.GetValue<string>(), answers.ToJsonString());
    }
}

public sealed class SavedSystemEntityTypeConfiguration : IEntityTypeConfiguration<SavedSystem>
{
    public void Configure(EntityTypeBuilder<SavedSystem> builder)
    {
        builder.ToTable("systems");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(32);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Notes).HasMaxLength(10_000);
        builder.Property(s => s.ContentVersion).HasMaxLength(64);
        builder.Property(s => s.RevisesId).HasMaxLength(32);
        builder.Property(s => s.DeleteTokenHash).HasMaxLength(32);
        // SQLite hands back DateTime values without a kind; every stored time is UTC.
        builder.Property(s => s.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.HasIndex(s => s.RevisesId);
    }
}
