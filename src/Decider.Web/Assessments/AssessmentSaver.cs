using System.Text.Json;
using Decider.Web.Content;
using Decider.Web.Evaluate;
using Decider.Web.Infrastructure;

namespace Decider.Web.Assessments;

/// <summary>Evaluates answers and saves them with their result, for the API and the wizard alike.</summary>
public sealed class AssessmentSaver(ContentStore store, DeciderDbContext db, TimeProvider time)
{
    public async Task<SavedAssessment> SaveAsync(AssessmentDetails details, AnswerSet answers, string? revises, CancellationToken cancellationToken,
        ReportTeam? team = null)
    {
        var engine = store.Engine;
        var evaluation = engine.Evaluate(answers);
        var result = JsonSerializer.SerializeToElement(EvaluationResponse.From(evaluation, engine.Content), Extensions.DeciderJson.Options);
        var token = AssessmentIds.NewDeleteToken();
        var assessment = new Assessment
        {
            Id = AssessmentIds.NewId(),
            Title = details.Title!.Trim(),
            Notes = string.IsNullOrWhiteSpace(details.Notes) ? null : details.Notes.Trim(),
            AnswersJson = AnswersJson.From(answers, engine.Content).ToJsonString(),
            ReportJson = JsonSerializer.Serialize(SavedReport.From(evaluation, engine.Content) with { Team = team, Result = result }, JsonSerializerOptions.Web),
            ContentVersion = evaluation.ContentVersion,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            RevisesId = revises,
            RevisitBy = details.RevisitByDate,
            DeleteTokenHash = AssessmentIds.Hash(token),
        };
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return new SavedAssessment(assessment, token, result);
    }
}

/// <summary>A new assessment with the delete token, which is shown once and never stored.</summary>
public sealed record SavedAssessment(Assessment Assessment, string DeleteToken, JsonElement Result);
