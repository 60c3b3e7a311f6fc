using System.Text.Json;

namespace Decider.Web.Assessments;

public sealed record SavedAssessmentResponse(string Id, string Url, string DeleteToken, JsonElement Result);

public sealed record AssessmentResponse(
    string Id, string Title, JsonElement Answers, string? Notes, DateTime CreatedAt, string? Revises, string ContentVersion, JsonElement Result);

/// <summary>The body of POST /api/v1/assessments as OpenAPI describes it.</summary>
public sealed record SaveAssessmentRequestDocument(string Title, IReadOnlyDictionary<string, JsonElement> Answers, string? Notes, string? Revises);
