using Decider.Core.Rules;
using Decider.Web.Infrastructure;
using Decider.Web.Teams;
using Decider.Web.Tests.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Decider.Web.Tests.Teams;

/// <summary>A team session under many requests at once: the cap holds and the session is saved exactly once, on each provider.</summary>
public abstract class TeamConcurrencyTests(DeciderFactory factory)
{
    [Fact]
    public async Task EightyParticipantsAtOnce_ExactlyFiftyAreTaken()
    {
        var session = await OpenAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 80).Select(i => WithSessionsAsync(sessions =>
            sessions.SubmitAsync(session.Id, TeamSessions.NewParticipantKey(), $"P{i}", AnswerSet.Empty, new Dictionary<string, string>(), CancellationToken.None))));

        Assert.Equal(TeamSessions.MaxParticipants, outcomes.Count(o => o == SubmitOutcome.Submitted));
        Assert.Equal(80 - TeamSessions.MaxParticipants, outcomes.Count(o => o == SubmitOutcome.Full));
        var found = await WithSessionsAsync(sessions => sessions.FindAsync(session.Id, CancellationToken.None));
        Assert.Equal(Enumerable.Range(1, TeamSessions.MaxParticipants), found!.Submissions.Select(s => s.Slot).Order());
    }

    [Fact]
    public async Task OneParticipantKeyFromTwoTabsAtOnce_IsOneVoice()
    {
        var session = await OpenAsync();
        var key = TeamSessions.NewParticipantKey();

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => WithSessionsAsync(sessions =>
            sessions.SubmitAsync(session.Id, key, "Ana", AnswerSet.Empty, new Dictionary<string, string>(), CancellationToken.None))));

        Assert.Equal(1, outcomes.Count(o => o == SubmitOutcome.Submitted));
        Assert.Equal(9, outcomes.Count(o => o == SubmitOutcome.Updated));
    }

    [Fact]
    public async Task TwentySavesAtOnce_MakeOneAssessment()
    {
        var session = await OpenAsync();
        await WithSessionsAsync(sessions => sessions.SubmitAsync(session.Id, TeamSessions.NewParticipantKey(), "Ana", AnswerSet.Empty,
            new Dictionary<string, string>(), CancellationToken.None));
        var found = (await WithSessionsAsync(sessions => sessions.FindAsync(session.Id, CancellationToken.None)))!;

        var saved = await Task.WhenAll(Enumerable.Range(1, 20).Select(_ => WithSessionsAsync(sessions => sessions.SaveAsync(found, CancellationToken.None))));

        var winner = Assert.Single(saved, s => s is not null)!;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeciderDbContext>();
        Assert.Equal(1, await db.Assessments.CountAsync(a => a.Title == session.Title));
        Assert.Equal(winner.Assessment.Id, (await db.TeamSessions.SingleAsync(s => s.Id == session.Id)).SavedAssessmentId);
    }

    private async Task<TeamSession> OpenAsync() =>
        (await WithSessionsAsync(sessions => sessions.OpenAsync($"Race {Guid.NewGuid():N}", CancellationToken.None))).Session;

    private async Task<T> WithSessionsAsync<T>(Func<TeamSessions, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TeamSessions>());
    }
}

public sealed class SqliteTeamConcurrencyTests(SqliteApp app) : TeamConcurrencyTests(app.Factory), IClassFixture<SqliteApp>;

public sealed class PostgresTeamConcurrencyTests(PostgresApp app) : TeamConcurrencyTests(app.Factory), IClassFixture<PostgresApp>;
