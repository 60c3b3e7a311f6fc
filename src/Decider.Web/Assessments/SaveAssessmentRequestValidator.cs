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
    public AssessmentDetails Details => new(Text("title"), Text("notes"), Text("revisitBy"));

    public string? Revises => Body.TryGetProperty("revises", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;

    public JsonElement Answers => Body.GetProperty("answers");

    private string? Text(string name) => Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

public sealed class SaveAssessmentRequestValidator : AbstractValidator<SaveAssessmentRequest>
{
    private static readonly string[] Fields = ["title", "answers", "notes", "revises", "revisitBy"];

    public SaveAssessmentRequestValidator(ContentStore store, DeciderDbContext db, TimeProvider time)
    {
        var detailsValidator = new AssessmentDetailsValidator(time);
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
            foreach (var name in new[] { "title", "notes", "revisitBy" })
            {
                if (body.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    context.AddFailure(name, $"'{name}' must be a string");
                }
            }
            foreach (var failure in detailsValidator.Validate(new SaveAssessmentRequest(body).Details).Errors)
            {
                context.AddFailure(failure.PropertyName, failure.ErrorMessage);
            }
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
}
