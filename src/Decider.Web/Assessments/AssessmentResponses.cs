using System.Text.Json;

namespace Decider.Web.Assessments;

public sealed record SavedAssessmentResponse(string Id, string Url, string DeleteToken, JsonElement Result);

public sealed record AssessmentResponse(
    string Id, string Title, JsonElement Answers, string? Notes, DateTime CreatedAt, string? Revises, string ContentVersion, JsonElement Result);
