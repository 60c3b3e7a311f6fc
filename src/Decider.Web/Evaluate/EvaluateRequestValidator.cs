using System.Reflection;
using System.Text.Json;
using Decider.Web.Content;
using Decider.Web.Extensions;
using FluentValidation;

namespace Decider.Web.Evaluate;

/// <summary>A request that carries answers: question id → option id, or an array of option ids for a multi-choice question.</summary>
public interface IAnswersRequest
{
    IReadOnlyDictionary<string, JsonElement>? Answers { get; }
}

/// <summary>The body of POST /api/v1/evaluate.</summary>
public sealed record EvaluateRequest(
    [property: JsonShape(AnswersValidator.Shape)] IReadOnlyDictionary<string, JsonElement>? Answers)
    : IAnswersRequest, IBindableFromHttpContext<EvaluateRequest>
{
    public static ValueTask<EvaluateRequest?> BindAsync(HttpContext context, ParameterInfo parameter) => JsonRequests.BindAsync<EvaluateRequest>(context);
}

/// <summary>The answers of any request that carries them, each problem keyed by its question id.</summary>
public sealed class AnswersValidator : AbstractValidator<IAnswersRequest>
{
    public const string Shape = "an object mapping question ids to option ids, such as {\"lifespan\": \"long-lived\"}";

    public AnswersValidator(ContentStore store)
    {
        RuleFor(r => r.Answers)
            .NotNull().WithMessage("Answers are required: an object mapping question ids to option ids ({} when nothing is known yet).")
            .OverridePropertyName("answers");
        // Each problem is keyed by its question id, so the rule adds them itself.
        RuleFor(r => r.Answers).Custom((answers, context) =>
        {
            if (answers is not null)
            {
                AnswersJson.Validate(answers, store.Content, context.AddFailure);
            }
        });
    }
}

public sealed class EvaluateRequestValidator : AbstractValidator<EvaluateRequest>
{
    public EvaluateRequestValidator(ContentStore store) => Include(new AnswersValidator(store));
}
