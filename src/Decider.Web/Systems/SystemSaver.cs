using System.Text.Json;
using Decider.Core.Systems;
using Decider.Web.Assessments;
using Decider.Web.Content;
using Decider.Web.Evaluate;
using Decider.Web.Extensions;
using Decider.Web.Infrastructure;

namespace Decider.Web.Systems;

/// <summary>Evaluates a system's map and saves it with what was given, for the API and the system editor alike.</summary>
public sealed class SystemSaver(ContentStore store, DeciderDbContext db, TimeProvider time)
{
    public async Task<NewSystem> SaveAsync(AssessmentDetails details, AnswerSet team, IReadOnlyList<SystemComponent> components, string? revises,
        CancellationToken cancellationToken)
    {
        var content = store.Content;
        var map = SystemMapResponse.From(SystemMap.Evaluate(store.Engine, team, components), content);
        var result = JsonSerializer.SerializeToElement(map, DeciderJson.Options);
        var token = AssessmentIds.NewDeleteToken();
        var system = new SavedSystem
        {
            Id = AssessmentIds.NewId(),
            Title = details.Title!.Trim(),
            Notes = string.IsNullOrWhiteSpace(details.Notes) ? null : details.Notes.Trim(),
            TeamJson = AnswersJson.From(team, content).ToJsonString(),
            ComponentsJson = JsonSerializer.Serialize(components.Select(c => new { name = c.Name, answers = AnswersJson.From(c.Answers, content) })),
            ResultJson = result.GetRawText(),
            ContentVersion = map.ContentVersion,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            RevisesId = revises,
            RevisitBy = details.RevisitByDate,
            DeleteTokenHash = AssessmentIds.Hash(token),
        };
        db.Systems.Add(system);
        await db.SaveChangesAsync(cancellationToken);
        return new NewSystem(system, token, result);
    }
}

/// <summary>A system just saved, with the delete token, which is shown once and never stored.</summary>
public sealed record NewSystem(SavedSystem System, string DeleteToken, JsonElement Result);
