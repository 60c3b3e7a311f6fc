using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Decider.Core.Spikes;
using Decider.Core.Systems;
using Decider.Web.Assessments;
using Decider.Web.Evaluate;
using Decider.Web.Extensions;
using Decider.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Decider.Web.Spikes;

/// <summary>Saving, finding and checking in on spikes, for the API and the pages alike.</summary>
public static class SavedSpikes
{
    /// <summary>The "why" id of a revision saved by continue; stop's is "spike-stop".</summary>
    public const string ContinueGateId = "spike-continue";

    /// <summary>How long before the start a baseline measurement may be recorded.</summary>
    public const int BaselineDays = 90;

    /// <summary>
    /// Saves a validated plan, with the content's time box when it gives none; the edit key is returned once and only
    /// its hash is kept.
    /// </summary>
    public static async Task<(SavedSpike Spike, string EditKey)> PlanAsync(DeciderDbContext db, TimeProvider time, PlanSpikeRequest request,
        int defaultWeeks, CancellationToken cancellationToken)
    {
        var key = AssessmentIds.NewDeleteToken();
        var spike = new SavedSpike
        {
            Id = AssessmentIds.NewId(),
            AssessmentId = request.Assessment!,
            PlanJson = JsonSerializer.Serialize(request.ToPlan(defaultWeeks), DeciderJson.Options),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            EditKeyHash = AssessmentIds.Hash(key),
        };
        db.Spikes.Add(spike);
        await db.SaveChangesAsync(cancellationToken);
        return (spike, key);
    }

    /// <summary>
    /// Records a check-in that passed <see cref="CheckInRequestValidator"/>, once it also fits the plan: one of its
    /// metrics, not long before it starts, and room left. Otherwise the problems, keyed by field.
    /// </summary>
    public static async Task<(SpikeCheckInRecord? Record, Dictionary<string, string[]> Errors)> CheckInAsync(DeciderDbContext db, TimeProvider time,
        SavedSpike spike, CheckInRequest request, CancellationToken cancellationToken)
    {
        var plan = spike.Plan;
        var errors = new Dictionary<string, string[]>();
        if (Ended(await OutcomesAsync(db, spike.Id, cancellationToken)))
        {
            errors["body"] = ["The spike has ended: its numbers are kept as they were at the end review."];
        }
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
            return (null, errors);
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
        return (record, errors);
    }

    /// <summary>The plan as it stands: the one written, with its time box lengthened by an extension, if one was given.</summary>
    public static SpikePlan PlanOf(SavedSpike spike, IReadOnlyList<SpikeOutcomeRecord> outcomes) =>
        outcomes.FirstOrDefault(o => o.Outcome == SpikeDecision.Extend) is { Weeks: { } more } ? spike.Plan with { Weeks = spike.Plan.Weeks + more } : spike.Plan;

    public static bool Ended(IReadOnlyList<SpikeOutcomeRecord> outcomes) => outcomes.Any(o => o.Outcome != SpikeDecision.Extend);

    public static async Task<List<SpikeOutcomeRecord>> OutcomesAsync(DeciderDbContext db, string spikeId, CancellationToken cancellationToken) =>
        await db.SpikeOutcomes.AsNoTracking().Where(o => o.SpikeId == spikeId).OrderBy(o => o.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// Appends the outcome the lead confirms, with the review the written rules give at that moment; refused once the
    /// spike has ended, and for a second extension. Continue or stop also saves a revision of the decision, in the
    /// same transaction, with the verdict the content gives that outcome (spike.md) and why, citing the spike.
    /// </summary>
    public static async Task<(SpikeOutcomeRecord? Record, SavedAssessment? Revision, Dictionary<string, string[]> Errors)> EndAsync(DeciderDbContext db,
        TimeProvider time, AssessmentSaver saver, SavedSpike spike, SpikeEndRequest request, CancellationToken cancellationToken)
    {
        var outcomes = await OutcomesAsync(db, spike.Id, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (Ended(outcomes))
        {
            errors["outcome"] = [$"The spike has ended already ({outcomes.Last().Outcome.ToString().ToLowerInvariant()}); an outcome is recorded once."];
        }
        else if (request.Outcome == SpikeDecision.Extend && outcomes.Count > 0)
        {
            errors["outcome"] = ["The spike was extended once already; the plan allows one extension, so continue or stop now."];
        }
        if (errors.Count > 0)
        {
            return (null, null, errors);
        }
        var plan = PlanOf(spike, outcomes);
        var review = SpikeReview.Of(plan, await CheckInsAsync(db, spike.Id, cancellationToken));
        var reviewText = SpikeWords.Review(review);
        var reason = request.Reason!.Trim();
        var now = time.GetUtcNow().UtcDateTime;
        var revision = request.Outcome == SpikeDecision.Extend ? null
            : await ReviseDecisionAsync(db, saver, spike, plan, request.Outcome!.Value, reviewText, SpikeWords.Agrees(review.Fired, request.Outcome!.Value), reason,
                DateOnly.FromDateTime(now), cancellationToken);
        var record = new SpikeOutcomeRecord
        {
            SpikeId = spike.Id,
            Outcome = request.Outcome!.Value,
            Reason = reason,
            Weeks = request.Weeks,
            Review = reviewText,
            Stage = request.Outcome == SpikeDecision.Extend ? 1 : 2,
            RecordedAt = now,
            RevisionId = revision?.Assessment.Id,
        };
        db.SpikeOutcomes.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Neither the outcome nor its revision may be saved later by another use of this context.
            db.ChangeTracker.Clear();
            errors["outcome"] = ["Another outcome was recorded for this spike at the same moment; reload to see it."];
            return (null, null, errors);
        }
        return (record, revision, errors);
    }

    /// <summary>
    /// The decision's revision for continue or stop, added but not saved: the same title and answers, decided by the
    /// spike. After continue, product-teams' maintenance test a year on is its revisit date. Null when the decision was deleted.
    /// </summary>
    private static async Task<SavedAssessment?> ReviseDecisionAsync(DeciderDbContext db, AssessmentSaver saver, SavedSpike spike, SpikePlan plan,
        SpikeDecision outcome, string review, bool agrees, string reason, DateOnly today, CancellationToken cancellationToken)
    {
        if (await SavedAssessments.FindAsync(db, spike.AssessmentId, cancellationToken) is not { } decision)
        {
            return null;
        }
        var given = AnswersJson.ReadStored(decision.AnswersJson, saver.Content);
        var dropped = given.Errors.Select(e => e.QuestionId).Distinct().ToList();
        var measured = $"The spike on {plan.Module} ran from {SpikeWords.Day(plan.Start)} to its end review on {SpikeWords.Day(today)}; the rules as written gave: {review} "
            + (agrees ? "" : "The lead decided otherwise. ")
            + (outcome == SpikeDecision.Continue ? $"What the numbers showed: {reason}" : $"The lesson: {reason}")
            + (dropped.Count == 0 ? "" : $" Answers today's content no longer takes were left out: {string.Join(", ", dropped)}.");
        var revisitBy = outcome == SpikeDecision.Continue ? today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        // A rollout of Rust or of a Rust library that goes on keeps its verdict; a spike that goes on becomes the content's.
        var kept = SavedReport.Of(decision).Verdict.Id;
        return saver.Add(new AssessmentDetails(decision.Title, decision.Notes, revisitBy), given.Answers, decision.Id,
            decide: (evaluation, content) =>
            {
                var guide = outcome == SpikeDecision.Continue ? content.Spike.Continue : content.Spike.Stop;
                if (outcome == SpikeDecision.Continue && SystemMap.RustVerdicts.Contains(kept))
                {
                    guide = guide with { VerdictId = kept };
                }
                return guide.Decide(evaluation, content, outcome == SpikeDecision.Continue ? ContinueGateId : "spike-stop", measured);
            },
            spikeId: spike.Id);
    }

    /// <summary>The id of the spike planned from an assessment, or null when none is: there is at most one.</summary>
    public static async Task<string?> PlannedFromAsync(DeciderDbContext db, string? assessmentId, CancellationToken cancellationToken) =>
        await db.Spikes.AsNoTracking().Where(s => s.AssessmentId == assessmentId).Select(s => s.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The latest spike planned from an assessment or, for a revision a spike's end review saved, always that spike
    /// (<paramref name="decidedBy"/>), as its reports show it; null when there is none.
    /// </summary>
    public static async Task<SpikeSummary?> LatestForAsync(DeciderDbContext db, string assessmentId, string? decidedBy, DateOnly today,
        CancellationToken cancellationToken)
    {
        var spikes = db.Spikes.AsNoTracking();
        if (await (decidedBy is null ? spikes.Where(s => s.AssessmentId == assessmentId) : spikes.Where(s => s.Id == decidedBy))
                .OrderByDescending(s => s.CreatedAt).FirstOrDefaultAsync(cancellationToken) is not { } spike)
        {
            return null;
        }
        var outcomes = await OutcomesAsync(db, spike.Id, cancellationToken);
        var checkIns = await CheckInsAsync(db, spike.Id, cancellationToken);
        var plan = PlanOf(spike, outcomes);
        return new SpikeSummary(spike.Id, plan, SpikeReview.Of(plan, checkIns), outcomes, plan.StateOn(today, Ended(outcomes)), checkIns.Length);
    }

    public static async Task<SavedSpike?> FindAsync(DeciderDbContext db, string? id, CancellationToken cancellationToken) =>
        AssessmentIds.IsWellFormed(id) ? await db.Spikes.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) : null;

    /// <summary>A spike's check-ins in the order they were recorded.</summary>
    public static async Task<ImmutableArray<CheckIn>> CheckInsAsync(DeciderDbContext db, string spikeId, CancellationToken cancellationToken) =>
        [.. (await db.SpikeCheckIns.AsNoTracking().Where(c => c.SpikeId == spikeId).OrderBy(c => c.Id).ToListAsync(cancellationToken)).Select(c => c.ToCheckIn())];
}

/// <summary>A spike as an assessment's reports show it: the plan as it stands, what the rules give, and the outcomes.</summary>
public sealed record SpikeSummary(string Id, SpikePlan Plan, SpikeReview Review, IReadOnlyList<SpikeOutcomeRecord> Outcomes, SpikeState State, int CheckInCount)
{
    /// <summary>Changes whenever something the reports show of the spike does.</summary>
    public string Version => $"{Id}:{CheckInCount}:{Outcomes.Count}:{State}";

    /// <summary>The plan, the rules, each metric and the outcomes as lines of text, the same in the PDF and the ADR.</summary>
    public IEnumerable<string> Lines(DateOnly today)
    {
        yield return $"{SpikeWords.State(Plan, State, today)}.";
        yield return $"Module: {Plan.Module}. Boundary: {Plan.Boundary.TrimEnd('.')}. Pair: {Plan.Pair}. {Plan.Weeks} weeks from {Plan.Start:yyyy-MM-dd} to {Plan.End:yyyy-MM-dd}.";
        foreach (var standing in Review.Metrics)
        {
            yield return $"{standing.Metric.Name}: {SpikeWords.Standing(standing)}";
        }
        foreach (var rule in Plan.Rules)
        {
            yield return $"Rule: {SpikeWords.Rule(rule)}";
        }
        yield return "What the rules give: " + SpikeWords.Review(Review);
        foreach (var outcome in Outcomes)
        {
            yield return $"Outcome confirmed {outcome.RecordedAt:yyyy-MM-dd}: {SpikeWords.Decision(outcome)}. {outcome.Reason}";
        }
        if (SpikeWords.MaintenanceCheck(Outcomes) is { } check)
        {
            yield return check;
        }
    }
}
