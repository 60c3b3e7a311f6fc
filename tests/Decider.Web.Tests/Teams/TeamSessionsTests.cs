using System.Net;
using Decider.Core.Rules;
using Decider.Web.Assessments;
using Decider.Web.Infrastructure;
using Decider.Web.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace Decider.Web.Tests.Teams;

public sealed class TeamSessionsTests : IAsyncLifetime
{
    private static readonly AnswerSet Parser = AnswerSet.Empty.With("lifespan", "long-lived").With("workload", "parser")
        .With("failure-cost", "high").With("rust-reviewers", "one");

    private readonly DeciderFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task UnknownSessionOrWrongLeadKey_Is404NeverAnError()
    {
        var (session, key) = await OpenAsync();
        var client = _factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/team/AAAAAAAAAAAAAAAAAAAAAA")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/team/not-an-id")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/team/{session.Id}/lead/wrong-key")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/team/{session.Id}/lead/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/team/{session.Id}")).StatusCode);
    }

    [Fact]
    public async Task Submit_FiftyParticipantsAtMost_AndNamesOfSixtyCharacters()
    {
        var (session, _) = await OpenAsync();

        Assert.Equal(SubmitOutcome.NameTooLong, await SubmitAsync(session.Id, new string('a', 61)));
        Assert.Equal(SubmitOutcome.Submitted, await SubmitAsync(session.Id, new string('a', 60)));
        for (var i = 1; i < TeamSessions.MaxParticipants; i++)
        {
            Assert.Equal(SubmitOutcome.Submitted, await SubmitAsync(session.Id, null));
        }
        Assert.Equal(SubmitOutcome.Full, await SubmitAsync(session.Id, "One too many"));

        await using var scope = _factory.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<TeamSessions>().FindAsync(session.Id, CancellationToken.None);
        Assert.Equal(TeamSessions.MaxParticipants, found!.Submissions.Count);
        Assert.Equal("Participant 2", found.Submissions[1].Name);
    }

    [Fact]
    public async Task Save_StoresTheTeamSummaryAndClosesTheSession()
    {
        var (session, _) = await OpenAsync();
        await SubmitAsync(session.Id, "Ana");
        await SubmitAsync(session.Id, "Ben", Parser.With("rust-reviewers", "two-plus"));
        await SubmitAsync(session.Id, "Chi");

        await using var scope = _factory.Services.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<TeamSessions>();
        var found = (await sessions.FindAsync(session.Id, CancellationToken.None))!;
        var saved = (await sessions.SaveAsync(found, CancellationToken.None))!;

        var team = SavedReport.Of(saved.Assessment).Team!;
        Assert.Equal(3, team.Participants);
        var contested = Assert.Single(team.Contested);
        Assert.Equal("rust-reviewers", contested.QuestionId);
        Assert.Equal("One person", contested.TeamAnswer);
        Assert.Equal([("One person", 2), ("Two or three people", 1)], contested.Answers.Select(a => (a.Answer, a.Count)));
        Assert.Equal(SubmitOutcome.Closed, await SubmitAsync(session.Id, "Late"));
        Assert.Null(await sessions.SaveAsync(found, CancellationToken.None));
        var page = await _factory.CreateClient().GetAsync($"/team/{session.Id}");
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains($"href=\"/a/{saved.Assessment.Id}\"", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Session_AfterFourteenDays_IsClosed()
    {
        var (session, _) = await OpenAsync();
        await using var later = new DeciderFactory { DataDirectory = _factory.DataDirectory, Time = new ShiftedTime(TimeSpan.FromDays(14.1)) };

        var page = await later.CreateClient().GetAsync($"/team/{session.Id}");
        await using var scope = later.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<TeamSessions>().SubmitAsync(session.Id, "Late", Parser, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("This team session is closed", await page.Content.ReadAsStringAsync());
        Assert.Equal(SubmitOutcome.Closed, outcome);
    }

    [Fact]
    public async Task DisplayName_IsShownAsTextOnly()
    {
        var (session, key) = await OpenAsync();
        await SubmitAsync(session.Id, "<img src=x onerror=alert(1)>");

        var html = await _factory.CreateClient().GetStringAsync($"/team/{session.Id}/lead/{key}");

        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<(TeamSession Session, string Key)> OpenAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TeamSessions>().OpenAsync("Upload parser", CancellationToken.None);
    }

    private async Task<SubmitOutcome> SubmitAsync(string sessionId, string? name, AnswerSet? answers = null)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TeamSessions>().SubmitAsync(sessionId, name, answers ?? Parser, CancellationToken.None);
    }
}
