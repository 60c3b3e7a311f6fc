using System.Collections.Immutable;
using System.Text.Json;
using Decider.Core.Spikes;
using Decider.Web.Assessments;
using Decider.Web.Extensions;
using Decider.Web.Infrastructure;
using Decider.Web.Security;
using Microsoft.EntityFrameworkCore;
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
        return app;
    }

    public static async Task<Created<PlannedSpikeResponse>> PlanAsync(PlanSpikeRequest request, HttpRequest http, DeciderDbContext db, TimeProvider time,
        IOptions<DeciderOptions> options, CancellationToken cancellationToken)
    {
        var key = AssessmentIds.NewDeleteToken();
        var spike = new SavedSpike
        {
            Id = AssessmentIds.NewId(),
            AssessmentId = request.Assessment!,
            PlanJson = JsonSerializer.Serialize(request.ToPlan(), DeciderJson.Options),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            EditKeyHash = AssessmentIds.Hash(key),
        };
        db.Spikes.Add(spike);
        await db.SaveChangesAsync(cancellationToken);
        var path = $"/p/{spike.Id}";
        return TypedResults.Created(path, new PlannedSpikeResponse(spike.Id, PublicLinks.For(http, options.Value, path), key));
    }

    public static async Task<IResult> GetAsync(string id, DeciderDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, id, cancellationToken) is not { } spike)
        {
            return NotFound();
        }
        var checkIns = await CheckInsAsync(db, spike.Id, cancellationToken);
        return TypedResults.Ok(SpikeResponse.Of(spike, checkIns, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));
    }

    public static async Task<IResult> CheckInAsync(string id, CheckInRequest request, HttpRequest http, DeciderDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(db, id, cancellationToken) is not { } spike)
        {
            return NotFound();
        }
        if (!AssessmentIds.TokenMatches(http.Headers[EditKeyHeader].FirstOrDefault(), spike.EditKeyHash))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Wrong edit key",
                detail: $"Send the edit key shown when the plan was saved in the '{EditKeyHeader}' header.");
        }
        var plan = spike.Plan;
        var errors = new Dictionary<string, string[]>();
        if (plan.Metrics.All(m => m.Name != request.Metric!.Trim()))
        {
            errors["metric"] = [$"The plan has no metric “{request.Metric!.Trim()}”; its metrics: {string.Join(", ", plan.Metrics.Select(m => m.Name))}."];
        }
        if (request.Day < plan.Start.AddDays(-BaselineDays))
        {
            errors["on"] = [$"On may be at most {BaselineDays} days before the spike starts ({plan.Start:yyyy-MM-dd}), when the baseline was measured."];
        }
        if (await db.SpikeCheckIns.CountAsync(c => c.SpikeId == spike.Id, cancellationToken) >= CheckInRequestValidator.MaxCheckIns)
        {
            errors["body"] = [$"A spike holds at most {CheckInRequestValidator.MaxCheckIns} check-ins; this one has them all."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The check-in is not valid", detail: "Fix the problems listed under 'errors'.");
        }
        var record = new SpikeCheckInRecord
        {
            SpikeId = spike.Id,
            Metric = request.Metric!.Trim(),
            On = request.Day,
            Value = request.Value!.Value,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            RecordedAt = time.GetUtcNow().UtcDateTime,
        };
        db.SpikeCheckIns.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/spikes/{spike.Id}", record.ToCheckIn());
    }

    /// <summary>How long before the start a baseline measurement may be recorded.</summary>
    public const int BaselineDays = 90;

    public static async Task<SavedSpike?> FindAsync(DeciderDbContext db, string? id, CancellationToken cancellationToken) =>
        AssessmentIds.IsWellFormed(id) ? await db.Spikes.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) : null;

    /// <summary>A spike's check-ins in the order they were recorded.</summary>
    public static async Task<ImmutableArray<CheckIn>> CheckInsAsync(DeciderDbContext db, string spikeId, CancellationToken cancellationToken) =>
        [.. (await db.SpikeCheckIns.AsNoTracking().Where(c => c.SpikeId == spikeId).OrderBy(c => c.Id).ToListAsync(cancellationToken)).Select(c => c.ToCheckIn())];

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such spike",
            detail: "No spike plan has this id. The link may be incomplete.");
}

public sealed record PlannedSpikeResponse(string Id, string Url, string EditKey);

/// <summary>A metric at the review: its latest value, and whether that meets the target or is worse than the baseline.</summary>
public sealed record MetricStandingResponse(string Name, double? Latest, bool MeetsTarget, bool WorseThanBaseline);

public sealed record SpikeReviewResponse(ImmutableArray<MetricStandingResponse> Metrics, SpikeRule? Fired, string Why);

public sealed record SpikeResponse(string Id, string Assessment, SpikePlan Plan, DateOnly End, DateTime CreatedAt, SpikeState State,
    ImmutableArray<CheckIn> CheckIns, SpikeReviewResponse Review)
{
    public static SpikeResponse Of(SavedSpike spike, ImmutableArray<CheckIn> checkIns, DateOnly today)
    {
        var plan = spike.Plan;
        var review = SpikeReview.Of(plan, checkIns);
        return new SpikeResponse(spike.Id, spike.AssessmentId, plan, plan.End, spike.CreatedAt, plan.StateOn(today, ended: false), checkIns,
            new SpikeReviewResponse([.. review.Metrics.Select(m => new MetricStandingResponse(m.Metric.Name, m.Latest?.Value, m.MeetsTarget, m.WorseThanBaseline))],
                review.Fired, review.Why));
    }
}
