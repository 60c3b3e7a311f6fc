using Decider.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Decider.Web.Assessments;

/// <summary>What became of a sign-off.</summary>
public enum SignOffOutcome
{
    Recorded,
    NotFound,
    WrongKey,
    AlreadySuperseded,
    Invalid,
}

/// <summary>A sign-off's outcome, and for one refused the field at fault and what is wrong with it.</summary>
public sealed record SignOffResult(SignOffOutcome Outcome, string? Field = null, string? Problem = null);

/// <summary>
/// The sign-off history of saved assessments: appended by the holder of the owner key, read by every page and
/// report that shows a decision. The latest change is the status; with none, a decision is proposed.
/// </summary>
public sealed class AssessmentStatuses(DeciderDbContext db, TimeProvider time)
{
    public const int MaxName = 100;
    public const int MaxNote = 500;

    public static string Name(DecisionStatus status) => status.ToString().ToLowerInvariant();

    public Task<List<AssessmentStatusChange>> HistoryAsync(string assessmentId, CancellationToken cancellationToken) =>
        db.AssessmentStatusChanges.AsNoTracking()
            .Where(c => c.AssessmentId == assessmentId)
            .OrderBy(c => c.RecordedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);

    public static DecisionStatus Current(IReadOnlyList<AssessmentStatusChange> history) => history.Count == 0 ? DecisionStatus.Proposed : history[^1].Status;

    /// <summary>
    /// One sign-off as a sentence, such as "Accepted by Ana Lima on 2026-12-01"; <paramref name="text"/> escapes what
    /// people typed for the format at hand.
    /// </summary>
    public static string Sentence(AssessmentStatusChange change, Func<string, string> text) =>
        $"{change.Status}{(change.SupersededById is { } by ? $" by the revision {by}" : "")} — {text(change.By)}, {change.On:yyyy-MM-dd}"
        + (change.Note is { } note ? $": {text(note)}" : "");

    /// <summary>Where the decision stands, as a heading line: "Proposed: not signed off yet", or the latest sign-off.</summary>
    public static string Summary(IReadOnlyList<AssessmentStatusChange> history, Func<string, string> text) =>
        history.Count == 0 ? "Proposed: not signed off yet" : Sentence(history[^1], text);

    /// <summary>
    /// Appends a validated sign-off. The date may not be before the day the assessment was saved; a superseding
    /// revision must be a saved revision of this assessment; a superseded decision takes no further changes.
    /// </summary>
    public async Task<SignOffResult> RecordAsync(string id, string? ownerKey, SignOffRequest request, CancellationToken cancellationToken)
    {
        if (await SavedAssessments.FindAsync(db, id, cancellationToken) is not { } assessment)
        {
            return new(SignOffOutcome.NotFound);
        }
        if (!AssessmentIds.TokenMatches(ownerKey, assessment.DeleteTokenHash))
        {
            return new(SignOffOutcome.WrongKey);
        }
        var history = await HistoryAsync(id, cancellationToken);
        if (history.LastOrDefault(c => c.Status == DecisionStatus.Superseded) is { } superseded)
        {
            return new(SignOffOutcome.AlreadySuperseded, "status", $"This decision was superseded by {superseded.SupersededById}; sign off that revision instead.");
        }
        var on = request.OnDate!.Value;
        if (on < DateOnly.FromDateTime(assessment.CreatedAt).AddDays(-1))
        {
            return new(SignOffOutcome.Invalid, "on", $"On cannot be before the decision was saved, on {assessment.CreatedAt:yyyy-MM-dd}.");
        }
        var status = request.StatusValue!.Value;
        if (status == DecisionStatus.Superseded
            && !await db.Assessments.AnyAsync(a => a.Id == request.SupersededBy && a.RevisesId == id, cancellationToken))
        {
            return new(SignOffOutcome.Invalid, "supersededBy", "Superseded by must be the id of a saved revision of this decision (made with Revise on its page).");
        }
        db.AssessmentStatusChanges.Add(new AssessmentStatusChange
        {
            Id = AssessmentIds.NewId(),
            AssessmentId = id,
            Status = status,
            By = request.By!.Trim(),
            On = on,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            SupersededById = status == DecisionStatus.Superseded ? request.SupersededBy : null,
            RecordedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new(SignOffOutcome.Recorded);
    }
}
