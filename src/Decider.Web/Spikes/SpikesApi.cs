using System.Collections.Immutable;
using Decider.Core.Spikes;
using Decider.Web.Assessments;
using Decider.Web.Content;
using Decider.Web.Extensions;
using Decider.Web.Infrastructure;
using Decider.Web.Security;
using Microsoft.Extensions.Options;

namespace Decider.Web.Spikes;

/// <summary>
/// Spikes planned from a saved result: the plan (saved once, never changed), check-ins appended with the plan's edit
/// key, and the end review the written rules give on the numbers so far.
/// </summary>
public static class SpikesApi
{
    public const string EditKeyHeader = "X-Edit-Key";

    public static IEndpointRouteBuilder MapSpikesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/spikes").WithTags("Spikes");
        api.MapPost("/", PlanAsync).RequireRateLimiting(WriteRateLimit.Policy)
            .AcceptsJsonBody<PlanSpikeRequest>("The spike plan is not valid", "Fix the problems listed under 'errors'; a metric's are keyed 'metrics[<index>].<field>'.")
            .Produces<PlannedSpikeResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("PlanSpike").WithSummary("Save a spike's plan, written before it starts, from a saved result");
        // Under the assessment it is for: beside /api/v1/spikes/{id} its path would be ambiguous.
        app.MapGet("/api/v1/assessments/{assessment}/spike-suggestions", Suggest).WithTags("Spikes")
            .Produces<SpikeSuggestions>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("SuggestSpikeMetrics").WithSummary("The time box and the metrics a plan from this saved result starts with, from the content, each with why");
        api.MapGet("/{id}", GetAsync)
            .Produces<SpikeResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetSpike").WithSummary("A spike's plan, its state today, its check-ins and what its written rules give on them");
        api.MapPost("/{id}/check-ins", CheckInAsync).RequireRateLimiting(WriteRateLimit.Policy)
            .AcceptsJsonBody<CheckInRequest>("The check-in is not valid", "Fix the problems listed under 'errors'.")
            .Produces<CheckIn>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("CheckInSpike").WithSummary($"Record a measured value for one of the plan's metrics, with the plan's edit key in '{EditKeyHeader}'");
        api.MapPost("/{id}/end", EndAsync).RequireRateLimiting(WriteRateLimit.Policy)
            .AcceptsJsonBody<SpikeEndRequest>("The outcome is not valid", "Fix the problems listed under 'errors'.")
            .Produces<EndedSpikeResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("EndSpike").WithSummary($"Record the outcome the lead confirms at the end review (continue, stop, or extend once), with the edit key in '{EditKeyHeader}'");
        return app;
    }

    public static async Task<Created<PlannedSpikeResponse>> PlanAsync(PlanSpikeRequest request, HttpRequest http, DeciderDbContext db, TimeProvider time,
        ContentStore content, IOptions<DeciderOptions> options, CancellationToken cancellationToken)
    {
        var (spike, key) = await SavedSpikes.PlanAsync(db, time, request, content.Engine.Content.Spike.DefaultWeeks, cancellationToken);
        var path = $"/p/{spike.Id}";
        return TypedResults.Created(path, new PlannedSpikeResponse(spike.Id, PublicLinks.For(http, options.Value, path), key));
    }

    public static async Task<IResult> Suggest(string assessment, DeciderDbContext db, ContentStore content, CancellationToken cancellationToken)
    {
        if (await SavedAssessments.FindAsync(db, assessment, cancellationToken) is not { } saved)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such assessment",
                detail: "No saved result has this id. The link may be incomplete, or the result was deleted.");
        }
        if (!PlanSpikeRequestValidator.PlannedFrom.Contains(SavedReport.Of(saved).Verdict.Id))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "No spike to plan",
                detail: $"This result's verdict is {SavedReport.Of(saved).Verdict.Title}; a spike is planned from a Rust spike, Rust or a Rust library.");
        }
        return TypedResults.Ok(SpikeSuggestions.For(saved, content.Engine));
    }

    public static async Task<IResult> GetAsync(string id, DeciderDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await SavedSpikes.FindAsync(db, id, cancellationToken) is not { } spike)
        {
            return NotFound();
        }
        var checkIns = await SavedSpikes.CheckInsAsync(db, spike.Id, cancellationToken);
        var outcomes = await SavedSpikes.OutcomesAsync(db, spike.Id, cancellationToken);
        return TypedResults.Ok(SpikeResponse.Of(spike, checkIns, outcomes, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));
    }

    public static async Task<IResult> CheckInAsync(string id, CheckInRequest request, HttpRequest http, DeciderDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (await SavedSpikes.FindAsync(db, id, cancellationToken) is not { } spike)
        {
            return NotFound();
        }
        if (!AssessmentIds.TokenMatches(http.Headers[EditKeyHeader].FirstOrDefault(), spike.EditKeyHash))
        {
            return WrongKey();
        }
        var (record, errors) = await SavedSpikes.CheckInAsync(db, time, spike, request, cancellationToken);
        return record is null
            ? TypedResults.ValidationProblem(errors, title: "The check-in is not valid", detail: "Fix the problems listed under 'errors'.")
            : TypedResults.Created($"/api/v1/spikes/{spike.Id}", record.ToCheckIn());
    }

    public static async Task<IResult> EndAsync(string id, SpikeEndRequest request, HttpRequest http, DeciderDbContext db, TimeProvider time,
        AssessmentSaver saver, IOptions<DeciderOptions> options, CancellationToken cancellationToken)
    {
        if (await SavedSpikes.FindAsync(db, id, cancellationToken) is not { } spike)
        {
            return NotFound();
        }
        if (!AssessmentIds.TokenMatches(http.Headers[EditKeyHeader].FirstOrDefault(), spike.EditKeyHash))
        {
            return WrongKey();
        }
        var (record, revision, errors) = await SavedSpikes.EndAsync(db, time, saver, spike, request, cancellationToken);
        return record is null
            ? TypedResults.ValidationProblem(errors, title: "The outcome is not valid", detail: "Fix the problems listed under 'errors'.")
            : TypedResults.Created($"/api/v1/spikes/{spike.Id}", EndedSpikeResponse.Of(record,
                revision is null ? null : new SavedRevisionResponse(revision.Assessment.Id, PublicLinks.For(http, options.Value, $"/a/{revision.Assessment.Id}"),
                    revision.DeleteToken)));
    }

    private static ProblemHttpResult WrongKey() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Wrong edit key",
            detail: $"Send the edit key shown when the plan was saved in the '{EditKeyHeader}' header.");

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such spike",
            detail: "No spike plan has this id. The link may be incomplete.");
}

public sealed record PlannedSpikeResponse(string Id, string Url, string EditKey);

/// <summary>A metric at the review: its latest value, and whether that meets the target or is worse than the baseline.</summary>
public sealed record MetricStandingResponse(string Name, double? Latest, bool MeetsTarget, bool WorseThanBaseline);

public sealed record SpikeReviewResponse(ImmutableArray<MetricStandingResponse> Metrics, SpikeRule? Fired, string Why);

/// <summary>
/// An outcome the lead confirmed, with the review the rules gave at that moment, and the id of the decision's
/// revision that continue or stop saved.
/// </summary>
public sealed record SpikeOutcomeResponse(SpikeDecision Outcome, string Reason, int? Weeks, string Review, DateTime RecordedAt, string? RevisionId)
{
    public static SpikeOutcomeResponse Of(SpikeOutcomeRecord record) =>
        new(record.Outcome, record.Reason, record.Weeks, record.Review, record.RecordedAt, record.RevisionId);
}

/// <summary>The decision's revision an outcome saved, with its delete token, shown this once.</summary>
public sealed record SavedRevisionResponse(string Id, string Url, string DeleteToken);

/// <summary>The answer to POST .../end: the outcome as GET lists it, and the revision of the decision when continue or stop saved one.</summary>
public sealed record EndedSpikeResponse(SpikeDecision Outcome, string Reason, int? Weeks, string Review, DateTime RecordedAt, string? RevisionId,
    SavedRevisionResponse? Revision)
{
    public static EndedSpikeResponse Of(SpikeOutcomeRecord record, SavedRevisionResponse? revision) =>
        new(record.Outcome, record.Reason, record.Weeks, record.Review, record.RecordedAt, record.RevisionId, revision);
}

/// <summary>A spike: the plan as written (with an extension's weeks added), its state, check-ins, review and outcomes.</summary>
public sealed record SpikeResponse(string Id, string Assessment, SpikePlan Plan, DateOnly End, DateTime CreatedAt, SpikeState State,
    ImmutableArray<CheckIn> CheckIns, SpikeReviewResponse Review, ImmutableArray<SpikeOutcomeResponse> Outcomes)
{
    public static SpikeResponse Of(SavedSpike spike, ImmutableArray<CheckIn> checkIns, IReadOnlyList<SpikeOutcomeRecord> outcomes, DateOnly today)
    {
        var plan = SavedSpikes.PlanOf(spike, outcomes);
        var review = SpikeReview.Of(plan, checkIns);
        return new SpikeResponse(spike.Id, spike.AssessmentId, plan, plan.End, spike.CreatedAt, plan.StateOn(today, SavedSpikes.Ended(outcomes)), checkIns,
            new SpikeReviewResponse([.. review.Metrics.Select(m => new MetricStandingResponse(m.Metric.Name, m.Latest?.Value, m.MeetsTarget, m.WorseThanBaseline))],
                review.Fired, review.Why),
            [.. outcomes.Select(SpikeOutcomeResponse.Of)]);
    }
}
