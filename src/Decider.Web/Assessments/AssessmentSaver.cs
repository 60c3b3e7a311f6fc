using System.Text.Json;
using Decider.Web.Content;
using Decider.Web.Evaluate;
using Decider.Web.Infrastructure;

namespace Decider.Web.Assessments;

/// <summary>Evaluates answers and saves them with their result, for the API, the wizard and a spike's end review alike.</summary>
public sealed class AssessmentSaver(ContentStore store, DeciderDbContext db, TimeProvider time)
{
    /// <summary>The content answers are read and evaluated under.</summary>
    public DecisionContent Content => store.Engine.Content;

    public async Task<SavedAssessment> SaveAsync(AssessmentDetails details, AnswerSet answers, string? revises, CancellationToken cancellationToken,
        ReportTeam? team = null)
    {
        var saved = Add(details, answers, revises, team);
        await db.SaveChangesAsync(cancellationToken);
        return saved;
    }

    /// <summary>
    /// Adds the assessment to the context without saving it, so the caller saves it with what goes with it in one
    /// transaction. <paramref name="decide"/> changes the evaluation before it is frozen, as a spike's outcome does;
    /// <paramref name="spikeId"/> is that spike.
    /// </summary>
    public SavedAssessment Add(AssessmentDetails details, AnswerSet answers, string? revises, ReportTeam? team = null,
        Func<Evaluation, DecisionContent, Evaluation>? decide = null, string? spikeId = null)
    {
        var engine = store.Engine;
        var evaluation = engine.Evaluate(answers);
        if (decide is not null)
        {
            evaluation = decide(evaluation, engine.Content);
        }
        var result = JsonSerializer.SerializeToElement(EvaluationResponse.From(evaluation, engine.Content), Extensions.DeciderJson.Options);
        var token = AssessmentIds.NewDeleteToken();
        var assessment = new Assessment
        {
            Id = AssessmentIds.NewId(),
            Title = details.Title!.Trim(),
            Notes = string.IsNullOrWhiteSpace(details.Notes) ? null : details.Notes.Trim(),
            AnswersJson = AnswersJson.From(answers, engine.Content).ToJsonString(),
            ReportJson = JsonSerializer.Serialize(SavedReport.From(evaluation, engine.Content) with { Team = team, Result = result, DecidedBySpike = spikeId },
                JsonSerializerOptions.Web),
            ContentVersion = evaluation.ContentVersion,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            RevisesId = revises,
            RevisitBy = details.RevisitByDate,
            DeleteTokenHash = AssessmentIds.Hash(token),
        };
        db.Assessments.Add(assessment);
        return new SavedAssessment(assessment, token, result);
    }
}

/// <summary>A new assessment with the delete token, which is shown once and never stored.</summary>
public sealed record SavedAssessment(Assessment Assessment, string DeleteToken, JsonElement Result);
