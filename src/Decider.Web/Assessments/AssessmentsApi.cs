using System.Text.Json;
using Decider.Web.Content;
using Decider.Web.Extensions;
using Decider.Web.Evaluate;
using Decider.Web.Infrastructure;
using Decider.Web.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Decider.Web.Assessments;

public static class AssessmentsApi
{
    public const string DeleteTokenHeader = "X-Delete-Token";

    public static RouteGroupBuilder MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/assessments").WithTags("Assessments");
        api.MapPost("/", SaveAsync).RequireRateLimiting(WriteRateLimit.Policy)
            .WithMetadata(JsonBodyLimit.Default)
            .ValidateBody<SaveAssessmentRequest>("The assessment is not valid", "Fix the fields listed under 'errors'; answer errors are keyed by question id.")
            .Accepts<SaveAssessmentRequest>("application/json")
            .Produces<SavedAssessmentResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("SaveAssessment").WithSummary("Save answers and their result for good");
        api.MapGet("/{id}", GetAsync)
            .Produces<AssessmentResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetAssessment").WithSummary("A saved assessment with the result stored when it was saved, and the result under today's content when that changed");
        api.MapDelete("/{id}", DeleteAsync).RequireRateLimiting(WriteRateLimit.Policy)
            .WithMetadata(new OpenApiDescription.RequiresOwnerKey())
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("DeleteAssessment").WithSummary($"Delete an assessment with the token in {DeleteTokenHeader}");
        api.MapPost("/{id}/status", SignOffAsync).RequireRateLimiting(WriteRateLimit.Policy)
            .WithMetadata(JsonBodyLimit.Default, new OpenApiDescription.RequiresOwnerKey())
            .ValidateBody<SignOffRequest>("The sign-off is not valid", "Fix the fields listed under 'errors'.")
            .Accepts<SignOffRequest>("application/json")
            .Produces<AssessmentResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("SignOffAssessment")
            .WithSummary($"Accept, reject or supersede a saved decision with its owner key (the delete token) in {DeleteTokenHeader}; the result never changes, the sign-off is appended to its history");
        return api;
    }

    public static async Task<Created<SavedAssessmentResponse>> SaveAsync(SaveAssessmentRequest request, HttpRequest http, AssessmentSaver saver,
        ContentStore store, IOptions<DeciderOptions> options, CancellationToken cancellationToken)
    {
        var saved = await saver.SaveAsync(request.Details, AnswersJson.ToAnswerSet(request.Answers!, store.Content), request.Revises, cancellationToken);
        var path = $"/a/{saved.Assessment.Id}";
        return TypedResults.Created(path, new SavedAssessmentResponse(saved.Assessment.Id, PublicLinks.For(http, options.Value, path), saved.DeleteToken, saved.Result));
    }

    public static async Task<IResult> GetAsync(string id, DeciderDbContext db, ContentStore store, AssessmentStatuses statuses, CancellationToken cancellationToken)
    {
        if (await SavedAssessments.FindAsync(db, id, cancellationToken) is not { } a)
        {
            return SavedAssessments.NotFound();
        }
        var report = SavedReport.Of(a);
        var history = await statuses.HistoryAsync(a.Id, cancellationToken);
        return TypedResults.Ok(new AssessmentResponse(a.Id, a.Title, DeciderJson.Element(a.AnswersJson), a.Notes, a.CreatedAt, a.RevisesId, a.RevisitBy,
            a.ContentVersion, report.Result!.Value, TodaysResult.Of(a, report, store.Engine),
            AssessmentStatuses.Current(history), [.. history.Select(StatusChangeResponse.Of)]));
    }

    public static async Task<IResult> SignOffAsync(string id, SignOffRequest request, HttpRequest http, DeciderDbContext db, ContentStore store,
        AssessmentStatuses statuses, CancellationToken cancellationToken)
    {
        var result = await statuses.RecordAsync(id, http.Headers[DeleteTokenHeader].FirstOrDefault(), request, cancellationToken);
        return result.Outcome switch
        {
            SignOffOutcome.Recorded => await GetAsync(id, db, store, statuses, cancellationToken),
            SignOffOutcome.NotFound => SavedAssessments.NotFound(),
            SignOffOutcome.WrongKey => WrongKey(),
            SignOffOutcome.AlreadySuperseded => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already superseded", detail: result.Problem),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [result.Field!] = [result.Problem!] },
                title: "The sign-off is not valid", detail: "Fix the fields listed under 'errors'."),
        };
    }

    private static ProblemHttpResult WrongKey() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Wrong owner key",
            detail: $"Send the owner key shown when the assessment was saved (its delete token) in the '{DeleteTokenHeader}' header.");

    public static async Task<IResult> DeleteAsync(string id, HttpRequest request, DeciderDbContext db, CancellationToken cancellationToken) =>
        await SavedAssessments.DeleteAsync(db, id, request.Headers[DeleteTokenHeader].FirstOrDefault(), cancellationToken) switch
        {
            true => TypedResults.NoContent(),
            false => WrongKey(),
            null => SavedAssessments.NotFound(),
        };

}
