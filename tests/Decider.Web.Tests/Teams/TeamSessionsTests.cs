using System.Net;
using Decider.Core.Rules;
using Decider.Web.Assessments;
using Decider.Web.Infrastructure;
using Decider.Web.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Decider.Web.Tests.Teams;

public sealed class TeamSessionsTests : IAsyncLifetime
{
    // A strong need and one reviewer: a spike, which a second reviewer would turn into Rust.
    private static readonly AnswerSet Spike = AnswerSet.Empty.With("age", "lasting").With("speed", "critical").With("stakes", "high").With("reviewers", "one");

    private readonly DeciderFactory _factory = new() { ContentDirectory = TestContent.Directory };

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

        var found = await FindAsync(session.Id);
        Assert.Equal(TeamSessions.MaxParticipants, found.Submissions.Count);
        Assert.Equal("Participant 2", found.Submissions[1].Name);
    }

    [Fact]
    public async Task Submit_SameParticipantKeyAgain_ChangesThatVoiceInsteadOfAddingOne()
    {
        var (session, _) = await OpenAsync();
        var ana = TeamSessions.NewParticipantKey();

        Assert.Equal(SubmitOutcome.Submitted, await SubmitAsync(session.Id, "Ana", Spike, ana));
        Assert.Equal(SubmitOutcome.Submitted, await SubmitAsync(session.Id, "Ben", Spike));
        Assert.Equal(SubmitOutcome.Updated, await SubmitAsync(session.Id, "Ana", Spike.With("reviewers", "two"), ana,
            new Dictionary<string, string> { ["reviewers"] = "Dee joins in May" }));

        await using var scope = _factory.Services.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<TeamSessions>();
        var found = (await sessions.FindAsync(session.Id, CancellationToken.None))!;
        var participants = sessions.Participants(found);
        Assert.Equal(["Ana", "Ben"], participants.Select(p => p.Name));
        Assert.Equal(["two"], participants[0].Answers.Get("reviewers")!.Value.ToArray());
        Assert.Equal("Dee joins in May", participants[0].ReasonFor("reviewers"));
        Assert.Same(found.Submissions[0], TeamSessions.SubmissionOf(found, ana));
        Assert.Null(TeamSessions.SubmissionOf(found, TeamSessions.NewParticipantKey()));
    }

    [Fact]
    public async Task Save_StoresTheContestedQuestionsAndTheLeadsResolutions_AndClosesTheSession()
    {
        var (session, _) = await OpenAsync();
        await SubmitAsync(session.Id, "Ana");
        await SubmitAsync(session.Id, "Ben", Spike.With("reviewers", "two"), reasons: new Dictionary<string, string> { ["reviewers"] = "Dee reviews Rust" });
        await using var scope = _factory.Services.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<TeamSessions>();
        // As the lead's page holds it: loaded before the lead settled the question.
        var asLoaded = (await sessions.FindAsync(session.Id, CancellationToken.None))!;
        await sessions.SaveResolutionsAsync(session.Id, new Dictionary<string, Resolution> { ["reviewers"] = new("reviewers", ["two"], "Dee starts Monday") }, CancellationToken.None);

        var saved = (await sessions.SaveAsync(asLoaded, CancellationToken.None))!;

        var report = SavedReport.Of(saved.Assessment);
        Assert.Equal("rust", report.Verdict.Id);
        var team = report.Team!;
        Assert.Equal(2, team.Participants);
        var contested = Assert.Single(team.Contested);
        Assert.Equal("Test two people (settled by the lead)", contested.TeamAnswer);
        Assert.Equal(["Ben: Dee reviews Rust"], contested.Answers.Single(a => a.Answer == "Test two people").Reasons.ToArray());
        var resolution = Assert.Single(team.Resolutions);
        Assert.Equal(("Test two people", "Dee starts Monday"), (resolution.Answer, resolution.Note));
        Assert.Equal(["Ana"], resolution.DisagreedWith.ToArray());
        Assert.Equal(SubmitOutcome.Closed, await SubmitAsync(session.Id, "Late"));
        Assert.Null(await sessions.SaveAsync((await sessions.FindAsync(session.Id, CancellationToken.None))!, CancellationToken.None));
        var page = await _factory.CreateClient().GetAsync($"/team/{session.Id}");
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains($"href=\"/a/{saved.Assessment.Id}\"", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Save_ATieNobodySettled_StaysOpenAndSaysSo()
    {
        var (session, _) = await OpenAsync();
        await SubmitAsync(session.Id, "Ana");
        await SubmitAsync(session.Id, "Ben", Spike.With("reviewers", "two"));
        await using var scope = _factory.Services.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<TeamSessions>();

        var saved = (await sessions.SaveAsync((await sessions.FindAsync(session.Id, CancellationToken.None))!, CancellationToken.None))!;

        var contested = Assert.Single(SavedReport.Of(saved.Assessment).Team!.Contested);
        Assert.True(contested.UnresolvedTie);
        Assert.StartsWith("I don't know yet (the most common answers tie", contested.TeamAnswer);
        Assert.Empty(SavedReport.Of(saved.Assessment).Team!.Resolutions);
    }

    [Fact]
    public async Task Session_AfterFourteenDays_IsClosed()
    {
        var (session, _) = await OpenAsync();
        await using var later = new DeciderFactory { DataDirectory = _factory.DataDirectory, ContentDirectory = TestContent.Directory, Time = new ShiftedTime(TimeSpan.FromDays(14.1)) };

        var page = await later.CreateClient().GetAsync($"/team/{session.Id}");
        await using var scope = later.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<TeamSessions>().SubmitAsync(session.Id, TeamSessions.NewParticipantKey(), "Late", Spike,
            new Dictionary<string, string>(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("This team session is closed", await page.Content.ReadAsStringAsync());
        Assert.Equal(SubmitOutcome.Closed, outcome);
    }

    [Fact]
    public async Task LeadPage_ShowsNamesAsTextOnly_AndANameGivenTwice()
    {
        var (session, key) = await OpenAsync();
        await SubmitAsync(session.Id, "<img src=x onerror=alert(1)>");
        await SubmitAsync(session.Id, "Ana");
        await SubmitAsync(session.Id, "ana");

        var html = await _factory.CreateClient().GetStringAsync($"/team/{session.Id}/lead/{key}");

        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Equal(2, html.Split("This name appears more than once").Length - 1);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<(TeamSession Session, string Key)> OpenAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TeamSessions>().OpenAsync("Upload parser", CancellationToken.None);
    }

    private async Task<TeamSession> FindAsync(string id)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<TeamSessions>().FindAsync(id, CancellationToken.None))!;
    }

    private async Task<SubmitOutcome> SubmitAsync(string sessionId, string? name, AnswerSet? answers = null, string? key = null,
        Dictionary<string, string>? reasons = null)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TeamSessions>().SubmitAsync(sessionId, key ?? TeamSessions.NewParticipantKey(), name,
            answers ?? Spike, reasons ?? [], CancellationToken.None);
    }
}
