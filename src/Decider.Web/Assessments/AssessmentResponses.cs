using System.Text.Json;

namespace Decider.Web.Assessments;

public sealed record SavedAssessmentResponse(string Id, string Url, string DeleteToken, JsonElement Result);

/// <summary>
/// A saved assessment with its stored result; <see cref="Current"/> is the result under today's content when the
/// content changed since it was saved, and null otherwise.
/// </summary>
public sealed record AssessmentResponse(
    string Id, string Title, JsonElement Answers, string? Notes, DateTime CreatedAt, string? Revises, DateOnly? RevisitBy,
    string ContentVersion, JsonElement Result, TodaysResult? Current);
