using System.Text.Json;
using Decider.Web.Content;
using FluentValidation;

namespace Decider.Web.Evaluate;

public static class EvaluateApi
{
    public static IEndpointRouteBuilder MapEvaluateApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/evaluate", Evaluate)
            .Accepts<EvaluateRequestDocument>("application/json")
            .Produces<EvaluationResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithName("Evaluate")
            .WithSummary("Evaluate answers without saving them")
            .WithTags("Evaluate");
        return app;
    }

    public static async Task<IResult> Evaluate(HttpRequest request, ContentStore store, IValidator<EvaluateRequest> validator,
        CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        using (document)
        {
            var body = new EvaluateRequest(document!.RootElement);
            var check = await validator.ValidateAsync(body, cancellationToken);
            if (!check.IsValid)
            {
                return TypedResults.ValidationProblem(check.ToDictionary(), title: "The answers are not valid",
                    detail: "Fix the answers listed under 'errors', each keyed by its question id.");
            }
            var engine = store.Engine;
            var evaluation = engine.Evaluate(AnswersJson.ToAnswerSet(body.Body.GetProperty("answers"), engine.Content));
            return TypedResults.Ok(EvaluationResponse.From(evaluation, engine.Content));
        }
    }
}

/// <summary>
/// The request body as OpenAPI describes it: question id → option id, or an array of option ids for a
/// multi-choice question. The handler reads the raw JSON itself to report every problem by question.
/// </summary>
public sealed record EvaluateRequestDocument(IReadOnlyDictionary<string, JsonElement> Answers);
