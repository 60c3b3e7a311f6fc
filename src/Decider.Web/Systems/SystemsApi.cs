using System.Text.Json;
using Decider.Core.Systems;
using Decider.Web.Assessments;
using Decider.Web.Content;
using Decider.Web.Extensions;
using Decider.Web.Infrastructure;
using Decider.Web.Security;
using Microsoft.Extensions.Options;

namespace Decider.Web.Systems;

public static class SystemsApi
{
    public static IEndpointRouteBuilder MapSystemsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/systems").WithTags("Systems");
        const string problems = "Fix the problems listed under 'errors': the team's answers are keyed 'team.<question id>', a component's 'components[<index>].<name, answers or question id>'.";
        api.MapPost("/evaluate", Evaluate)
            .AcceptsJsonBody<EvaluateSystemRequest>("The system is not valid", problems)
            .Produces<SystemMapResponse>()
            .WithName("EvaluateSystem")
            .WithSummary("Evaluate a system's components on one team profile without saving")
            .WithDescription("Each component is evaluated on the team's answers with its own answers winning. The map adds how many components go to Rust and the team levers that would move the most components at once.");
        api.MapPost("/", SaveAsync).RequireRateLimiting(WriteRateLimit.Policy)
            .AcceptsJsonBody<SaveSystemRequest>("The system is not valid", problems)
            .Produces<SavedSystemResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("SaveSystem").WithSummary("Save a system and its map for good");
        api.MapGet("/{id}", GetAsync)
            .Produces<SystemResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetSystem").WithSummary("A saved system with the map stored when it was saved, and the map under today's content when that changed");
        api.MapDelete("/{id}", DeleteAsync).RequireRateLimiting(WriteRateLimit.Policy)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("DeleteSystem").WithSummary("Delete a saved system with its delete token");
        return app;
    }

    public static Ok<SystemMapResponse> Evaluate(EvaluateSystemRequest request, ContentStore store)
    {
        var (team, components) = request.ToSystem(store.Content);
        return TypedResults.Ok(Map(team, components, store));
    }

    public static async Task<Created<SavedSystemResponse>> SaveAsync(SaveSystemRequest request, HttpRequest http, ContentStore store, SystemSaver saver,
        IOptions<DeciderOptions> options, CancellationToken cancellationToken)
    {
        var (team, components) = request.ToSystem(store.Content);
        var saved = await saver.SaveAsync(new AssessmentDetails(request.Title, request.Notes, request.RevisitBy), team, components, request.Revises, cancellationToken);
        var path = $"/s/{saved.System.Id}";
        return TypedResults.Created(path, new SavedSystemResponse(saved.System.Id, PublicLinks.For(http, options.Value, path), saved.DeleteToken, saved.Result));
    }

    public static async Task<IResult> GetAsync(string id, DeciderDbContext db, ContentStore store, CancellationToken cancellationToken)
    {
        if (await SavedSystems.FindAsync(db, id, cancellationToken) is not { } s)
        {
            return NotFound();
        }
        var (team, components) = s.ToSystem(store.Content);
        var today = s.ContentVersion == store.Content.Version ? null : Map(team, components, store);
        return TypedResults.Ok(new SystemResponse(s.Id, s.Title, DeciderJson.Element(s.TeamJson), DeciderJson.Element(s.ComponentsJson), s.Notes, s.CreatedAt,
            s.RevisesId, s.RevisitBy, s.ContentVersion, DeciderJson.Element(s.ResultJson), today));
    }

    public static async Task<IResult> DeleteAsync(string id, HttpRequest request, DeciderDbContext db, CancellationToken cancellationToken) =>
        await SavedSystems.DeleteAsync(db, id, request.Headers[AssessmentsApi.DeleteTokenHeader].FirstOrDefault(), cancellationToken) switch
        {
            null => NotFound(),
            false => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Wrong delete token",
                detail: $"Send the delete token shown when the system was saved in the '{AssessmentsApi.DeleteTokenHeader}' header."),
            true => TypedResults.NoContent(),
        };

    private static SystemMapResponse Map(AnswerSet team, IReadOnlyList<SystemComponent> components, ContentStore store) =>
        SystemMapResponse.From(SystemMap.Evaluate(store.Engine, team, components), store.Engine.Content);

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such system",
            detail: "No saved system has this id. It may have been deleted, or the link may be incomplete.");

}

public sealed record SavedSystemResponse(string Id, string Url, string DeleteToken, JsonElement Result);

/// <summary>
/// A saved system: what was given, the map stored when it was saved, and the map under today's content when that
/// changed since (null when it did not).
/// </summary>
public sealed record SystemResponse(
    string Id, string Title, JsonElement Team, JsonElement Components, string? Notes, DateTime CreatedAt, string? Revises, DateOnly? RevisitBy,
    string ContentVersion, JsonElement Result, SystemMapResponse? Today);
