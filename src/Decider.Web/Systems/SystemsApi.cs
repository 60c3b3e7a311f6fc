using Decider.Core.Systems;
using Decider.Web.Content;
using Decider.Web.Extensions;

namespace Decider.Web.Systems;

public static class SystemsApi
{
    public static IEndpointRouteBuilder MapSystemsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/systems/evaluate", Evaluate)
            .AcceptsJsonBody<EvaluateSystemRequest>("The system is not valid",
                "Fix the problems listed under 'errors': the team's answers are keyed 'team.<question id>', a component's 'components[<index>].<name, answers or question id>'.")
            .Produces<SystemMapResponse>()
            .WithName("EvaluateSystem")
            .WithSummary("Evaluate a system's components on one team profile without saving")
            .WithDescription("Each component is evaluated on the team's answers with its own answers winning. The map adds how many components go to Rust and the team levers that would move the most components at once.")
            .WithTags("Systems");
        return app;
    }

    public static Ok<SystemMapResponse> Evaluate(EvaluateSystemRequest request, ContentStore store)
    {
        var engine = store.Engine;
        var (team, components) = request.ToSystem(engine.Content);
        return TypedResults.Ok(SystemMapResponse.From(SystemMap.Evaluate(engine, team, components), engine.Content));
    }
}
