using System.Collections.Immutable;
using System.Text.Json;
using Decider.Web.Assessments;
using Decider.Web.Content;
using Decider.Web.Evaluate;
using Decider.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Decider.Web.Teams;

/// <summary>What became of a participant's answers.</summary>
public enum SubmitOutcome
{
    Submitted,
    Updated,
    NameTooLong,
    ReasonTooLong,
    Full,
    Closed,
    Unknown,
}

/// <summary>
/// Team sessions in the database, so that any instance can serve any participant: opening one, taking each
/// participant's answers (one voice per participant key, theirs to change until the session closes), the lead's
/// answers for contested questions, and saving the combined result once as a normal assessment, which closes it.
/// </summary>
public sealed class TeamSessions(DeciderDbContext db, ContentStore store, TimeProvider time, TeamEvents events, AssessmentSaver saver)
{
    public const int MaxParticipants = 50;
    public const int MaxName = 60;
    public const int MaxReason = 280;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    /// <summary>A new session and the lead's key, which is only ever in the lead's link.</summary>
    public async Task<(TeamSession Session, string LeadKey)> OpenAsync(string title, CancellationToken cancellationToken)
    {
        var key = AssessmentIds.NewDeleteToken();
        var now = time.GetUtcNow().UtcDateTime;
        var session = new TeamSession
        {
            Id = AssessmentIds.NewId(),
            Title = title.Trim(),
            LeadKeyHash = AssessmentIds.Hash(key),
            CreatedAt = now,
            ClosesAt = now + Lifetime,
        };
        db.TeamSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return (session, key);
    }

    /// <summary>A participant key for a browser that has none yet; only its hash is stored.</summary>
    public static string NewParticipantKey() => AssessmentIds.NewDeleteToken();

    /// <summary>The session with its submissions in the order they came, or null, also for an id that cannot be one.</summary>
    public async Task<TeamSession?> FindAsync(string? id, CancellationToken cancellationToken) =>
        AssessmentIds.IsWellFormed(id)
            ? await db.TeamSessions.AsNoTracking().Include(s => s.Submissions.OrderBy(x => x.Slot)).FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            : null;

    public bool IsClosed(TeamSession session) => session.SavedAssessmentId is not null || time.GetUtcNow().UtcDateTime >= session.ClosesAt;

    public static bool IsLead(TeamSession session, string? key) => AssessmentIds.TokenMatches(key, session.LeadKeyHash);

    /// <summary>The submission made with this participant key, if any.</summary>
    public static TeamSubmission? SubmissionOf(TeamSession session, string? participantKey) =>
        session.Submissions.FirstOrDefault(s => s.ParticipantKeyHash is { } hash && AssessmentIds.TokenMatches(participantKey, hash));

    /// <summary>
    /// Takes a participant's answers. The same participant key replaces that participant's earlier answers; a new key
    /// takes the next free place. Places are numbered and unique per session, so however many arrive at once, no more
    /// than <see cref="MaxParticipants"/> are ever taken: a submission that loses the race for a place tries the next.
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(string sessionId, string participantKey, string? name, AnswerSet answers,
        IReadOnlyDictionary<string, string> reasons, CancellationToken cancellationToken)
    {
        if (name?.Trim().Length > MaxName)
        {
            return SubmitOutcome.NameTooLong;
        }
        if (reasons.Values.Any(r => r.Trim().Length > MaxReason))
        {
            return SubmitOutcome.ReasonTooLong;
        }
        var keyHash = AssessmentIds.Hash(participantKey);
        var answersJson = AnswersJson.From(answers, store.Content).ToJsonString();
        var reasonsJson = ReasonsJson(reasons);
        var givenName = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        for (var attempt = 0; attempt <= MaxParticipants; attempt++)
        {
            if (await db.TeamSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken) is not { } session)
            {
                return SubmitOutcome.Unknown;
            }
            if (IsClosed(session))
            {
                return SubmitOutcome.Closed;
            }
            var now = time.GetUtcNow().UtcDateTime;
            var updated = await db.TeamSubmissions
                .Where(s => s.SessionId == sessionId && s.ParticipantKeyHash == keyHash)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Name, x => givenName ?? x.Name)
                    .SetProperty(x => x.AnswersJson, answersJson)
                    .SetProperty(x => x.ReasonsJson, reasonsJson)
                    .SetProperty(x => x.UpdatedAt, now), cancellationToken);
            if (updated > 0)
            {
                await events.PublishAsync(db, sessionId, cancellationToken);
                return SubmitOutcome.Updated;
            }
            var taken = await db.TeamSubmissions.CountAsync(s => s.SessionId == sessionId, cancellationToken);
            if (taken >= MaxParticipants)
            {
                return SubmitOutcome.Full;
            }
            var slot = taken + 1;
            db.TeamSubmissions.Add(new TeamSubmission
            {
                Id = AssessmentIds.NewId(),
                SessionId = sessionId,
                Slot = slot,
                ParticipantKeyHash = keyHash,
                Name = givenName ?? $"Participant {slot}",
                AnswersJson = answersJson,
                ReasonsJson = reasonsJson,
                SubmittedAt = now,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await events.PublishAsync(db, sessionId, cancellationToken);
                return SubmitOutcome.Submitted;
            }
            catch (DbUpdateException)
            {
                // Another submission took this place, or this key's first submission from another tab landed first:
                // look again.
                db.ChangeTracker.Clear();
            }
        }
        throw new InvalidOperationException($"Team session {sessionId} kept refusing a place for a submission.");
    }

    /// <summary>Each participant with the answers that today's content accepts and their reasons, in the order they joined.</summary>
    public ImmutableArray<Participant> Participants(TeamSession session)
    {
        var content = store.Content;
        return [.. session.Submissions.OrderBy(s => s.Slot).Select(s => new Participant(s.Name, AnswersJson.ReadStored(s.AnswersJson, content).Answers, Reasons(s.ReasonsJson)))];
    }

    public ImmutableDictionary<string, Resolution> Resolutions(TeamSession session) => LeadResolutions.Read(session.ResolutionsJson, store.Content);

    public TeamResult Combine(IReadOnlyList<Participant> participants, IReadOnlyDictionary<string, Resolution>? resolutions = null) =>
        TeamCombination.Combine(store.Engine, participants, resolutions);

    /// <summary>Keeps the lead's answers for contested questions, so a reload or another tab of the lead's page has them.</summary>
    public async Task SaveResolutionsAsync(string sessionId, IReadOnlyDictionary<string, Resolution> resolutions, CancellationToken cancellationToken)
    {
        var json = LeadResolutions.Write(resolutions, store.Content);
        await db.TeamSessions.Where(s => s.Id == sessionId && s.SavedAssessmentId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ResolutionsJson, json), cancellationToken);
    }

    /// <summary>
    /// Saves the combined answers, with the lead's resolutions, as an assessment naming the participants' count, the
    /// contested questions and each resolution, and closes the session; null when it had closed already (saved from
    /// another tab or instance, or past its two weeks). The assessment and the closing are one transaction whose
    /// closing update only matches an open session, so of any number of saves at once exactly one lands.
    /// </summary>
    public async Task<SavedAssessment?> SaveAsync(TeamSession session, CancellationToken cancellationToken)
    {
        // Read again: the page's copy may predate the lead's latest picks or a submission that came in since.
        if (await FindAsync(session.Id, cancellationToken) is not { } current)
        {
            return null;
        }
        var participants = Participants(current);
        var resolutions = Resolutions(current);
        var team = Combine(participants, resolutions);
        var summary = ReportTeam.From(team, participants.Length);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var saved = await saver.SaveAsync(new AssessmentDetails(current.Title, null), team.Combined, null, cancellationToken, summary);
        var now = time.GetUtcNow().UtcDateTime;
        var closed = await db.TeamSessions
            .Where(s => s.Id == current.Id && s.SavedAssessmentId == null && s.ClosesAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SavedAssessmentId, saved.Assessment.Id), cancellationToken);
        if (closed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return null;
        }
        await transaction.CommitAsync(cancellationToken);
        await events.PublishAsync(db, current.Id, cancellationToken);
        return saved;
    }

    private static string? ReasonsJson(IReadOnlyDictionary<string, string> reasons)
    {
        var given = reasons.Where(r => !string.IsNullOrWhiteSpace(r.Value)).ToImmutableSortedDictionary(r => r.Key, r => r.Value.Trim(), StringComparer.Ordinal);
        return given.IsEmpty ? null : JsonSerializer.Serialize(given);
    }

    private ImmutableSortedDictionary<string, string>? Reasons(string? json) =>
        json is null ? null
            : JsonSerializer.Deserialize<Dictionary<string, string>>(json)!
                .Where(r => store.Content.FindQuestion(r.Key) is not null)
                .ToImmutableSortedDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
}
