using System.Collections.Immutable;
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
    NameTooLong,
    Full,
    Closed,
    Unknown,
}

/// <summary>
/// Team sessions in the database, so that any instance can serve any participant: opening one, taking
/// answers, combining them, and saving the combined result as a normal assessment, which closes it.
/// </summary>
public sealed class TeamSessions(DeciderDbContext db, ContentStore store, TimeProvider time, TeamEvents events, AssessmentSaver saver)
{
    public const int MaxParticipants = 50;
    public const int MaxName = 60;
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

    /// <summary>The session with its submissions in the order they came, or null, also for an id that cannot be one.</summary>
    public async Task<TeamSession?> FindAsync(string? id, CancellationToken cancellationToken) =>
        AssessmentIds.IsWellFormed(id)
            ? await db.TeamSessions.AsNoTracking().Include(s => s.Submissions.OrderBy(x => x.SubmittedAt)).FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            : null;

    public bool IsClosed(TeamSession session) => session.SavedAssessmentId is not null || time.GetUtcNow().UtcDateTime >= session.ClosesAt;

    public static bool IsLead(TeamSession session, string? key) => AssessmentIds.TokenMatches(key, session.LeadKeyHash);

    public async Task<SubmitOutcome> SubmitAsync(string sessionId, string? name, AnswerSet answers, CancellationToken cancellationToken)
    {
        if (name?.Trim().Length > MaxName)
        {
            return SubmitOutcome.NameTooLong;
        }
        if (await db.TeamSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken) is not { } session)
        {
            return SubmitOutcome.Unknown;
        }
        if (IsClosed(session))
        {
            return SubmitOutcome.Closed;
        }
        var count = await db.TeamSubmissions.CountAsync(s => s.SessionId == sessionId, cancellationToken);
        if (count >= MaxParticipants)
        {
            return SubmitOutcome.Full;
        }
        db.TeamSubmissions.Add(new TeamSubmission
        {
            Id = AssessmentIds.NewId(),
            SessionId = sessionId,
            Name = string.IsNullOrWhiteSpace(name) ? $"Participant {count + 1}" : name.Trim(),
            AnswersJson = AnswersJson.From(answers, store.Content).ToJsonString(),
            SubmittedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(db, sessionId, cancellationToken);
        return SubmitOutcome.Submitted;
    }

    /// <summary>Each participant with the answers that today's content accepts, in the order they submitted.</summary>
    public ImmutableArray<Participant> Participants(TeamSession session)
    {
        var content = store.Content;
        return [.. session.Submissions.Select(s => new Participant(s.Name, AnswersJson.ReadStored(s.AnswersJson, content).Answers))];
    }

    public TeamResult Combine(IReadOnlyList<Participant> participants) => TeamCombination.Combine(store.Engine, participants);

    /// <summary>
    /// Saves the combined answers as an assessment naming the participants' count and the contested questions, and
    /// closes the session; null when it had closed already (saved from another tab, or past its two weeks).
    /// </summary>
    public async Task<SavedAssessment?> SaveAsync(TeamSession session, CancellationToken cancellationToken)
    {
        if (await db.TeamSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == session.Id, cancellationToken) is not { } current || IsClosed(current))
        {
            return null;
        }
        var team = Combine(Participants(session));
        var summary = ReportTeam.From(team, session.Submissions.Count);
        var saved = await saver.SaveAsync(new AssessmentDetails(session.Title, null), team.Combined, null, cancellationToken, summary);
        await db.TeamSessions.Where(s => s.Id == session.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SavedAssessmentId, saved.Assessment.Id), cancellationToken);
        await events.PublishAsync(db, session.Id, cancellationToken);
        return saved;
    }
}
