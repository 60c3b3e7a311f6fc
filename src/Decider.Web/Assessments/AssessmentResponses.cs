using System.Text.Json;

namespace Decider.Web.Assessments;

public sealed record SavedAssessmentResponse(string Id, string Url, string DeleteToken, JsonElement Result);

/// <summary>
/// A saved assessment with its stored result; <see cref="Current"/> is the result under today's content when the
/// content changed since it was saved, and null otherwise. <see cref="Status"/> is the latest sign-off, proposed
/// without any; <see cref="StatusHistory"/> lists every sign-off, oldest first.
/// </summary>
public sealed record AssessmentResponse(
    string Id, string Title, JsonElement Answers, string? Notes, DateTime CreatedAt, string? Revises, DateOnly? RevisitBy,
    string ContentVersion, JsonElement Result, TodaysResult? Current, DecisionStatus Status, IReadOnlyList<StatusChangeResponse> StatusHistory);

/// <summary>One sign-off: the status, who gave it, the date of the decision, a note, and for superseded the revision.</summary>
public sealed record StatusChangeResponse(DecisionStatus Status, string By, DateOnly On, string? Note, string? SupersededBy, DateTime RecordedAt)
{
    public static StatusChangeResponse Of(AssessmentStatusChange change) =>
        new(change.Status, change.By, change.On, change.Note, change.SupersededById, change.RecordedAt);
}
