using System.Text.Json;
using Decider.Web.Content;
using FluentValidation;

namespace Decider.Web.Evaluate;

/// <summary>The body of POST /api/v1/evaluate, as sent.</summary>
public sealed record EvaluateRequest(JsonElement Body);

public sealed class EvaluateRequestValidator : AbstractValidator<EvaluateRequest>
{
    public EvaluateRequestValidator(ContentStore store)
    {
        RuleFor(r => r.Body).Custom((body, context) =>
        {
            if (body.ValueKind != JsonValueKind.Object)
            {
                context.AddFailure("body", "the body must be a JSON object such as {\"answers\": {}}");
                return;
            }
            foreach (var field in body.EnumerateObject().Where(f => f.Name != "answers"))
            {
                context.AddFailure(field.Name, $"unknown field '{field.Name}'; the body has one field, 'answers'");
            }
            if (body.TryGetProperty("answers", out var answers))
            {
                AnswersJson.Validate(answers, store.Content, context.AddFailure);
            }
            else
            {
                context.AddFailure("answers", "the field 'answers' is required: an object mapping question ids to option ids ({} when nothing is known yet)");
            }
        });
    }
}
