using System.Text.Json;
using Decider.Web.Content;
using Decider.Web.Evaluate;
using Decider.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Decider.Web.Assessments;

/// <summary>The body of POST /api/v1/assessments, as sent.</summary>
public sealed record SaveAssessmentRequest(JsonElement Body)
{
    public string Title => Body.GetProperty("title").GetString()!.Trim();

    public string? Notes => Body.TryGetProperty("notes", out var n) && n.ValueKind == JsonValueKind.String && n.GetString()!.Trim() is { Length: > 0 } notes ? notes : null;

    public string? Revises => Body.TryGetProperty("revises", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;

    public JsonElement Answers => Body.GetProperty("answers");
}

public sealed class SaveAssessmentRequestValidator : AbstractValidator<SaveAssessmentRequest>
{
    public const int MaxTitle = 200;
    public const int MaxNotes = 10_000;
    private static readonly string[] Fields = ["title", "answers", "notes", "revises"];

    public SaveAssessmentRequestValidator(ContentStore store, DeciderDbContext db)
    {
        RuleFor(r => r.Body).CustomAsync(async (body, context, cancellationToken) =>
        {
            if (body.ValueKind != JsonValueKind.Object)
            {
                context.AddFailure("body", "the body must be a JSON object with 'title' and 'answers'");
                return;
            }
            foreach (var field in body.EnumerateObject().Where(f => !Fields.Contains(f.Name)))
            {
                context.AddFailure(field.Name, $"unknown field '{field.Name}'; the fields are: {string.Join(", ", Fields)}");
            }
            CheckText(body, "title", MaxTitle, required: true, context.AddFailure);
            CheckText(body, "notes", MaxNotes, required: false, context.AddFailure);
            if (body.TryGetProperty("answers", out var answers))
            {
                AnswersJson.Validate(answers, store.Content, context.AddFailure);
            }
            else
            {
                context.AddFailure("answers", "the field 'answers' is required: an object mapping question ids to option ids ({} when nothing is known yet)");
            }
            if (body.TryGetProperty("revises", out var revises) && revises.ValueKind != JsonValueKind.Null)
            {
                var id = revises.ValueKind == JsonValueKind.String ? revises.GetString() : null;
                if (!AssessmentIds.IsWellFormed(id) || !await db.Assessments.AnyAsync(a => a.Id == id, cancellationToken))
                {
                    context.AddFailure("revises", "'revises' must be the id of a saved assessment; no assessment has that id");
                }
            }
        });
    }

    private static void CheckText(JsonElement body, string name, int max, bool required, Action<string, string> fail)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                fail(name, $"'{name}' is required");
            }
            return;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            fail(name, $"'{name}' must be a string");
        }
        else if (required && string.IsNullOrWhiteSpace(value.GetString()))
        {
            fail(name, $"'{name}' must not be empty");
        }
        else if (value.GetString()!.Trim().Length > max)
        {
            fail(name, $"'{name}' may be at most {max:N0} characters");
        }
    }
}
