using Decider.Web.Content;
using Decider.Web.Extensions;

namespace Decider.Web.Evaluate;

public static class EvaluateApi
{
    public static IEndpointRouteBuilder MapEvaluateApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/evaluate", Evaluate)
            .AcceptsJsonBody<EvaluateRequest>("The answers are not valid", "Fix the answers listed under 'errors', each keyed by its question id.")
            .Produces<EvaluationResponse>()
            .WithName("Evaluate")
            .WithSummary("Evaluate answers without saving them")
            .WithTags("Evaluate");
        return app;
    }

    public static Ok<EvaluationResponse> Evaluate(EvaluateRequest request, ContentStore store)
    {
        var engine = store.Engine;
        var evaluation = engine.Evaluate(AnswersJson.ToAnswerSet(request.Answers!, engine.Content));
        return TypedResults.Ok(EvaluationResponse.From(evaluation, engine.Content));
    }
}
