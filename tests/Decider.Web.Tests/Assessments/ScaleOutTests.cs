using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Decider.Web.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace Decider.Web.Tests.Assessments;

/// <summary>Two app instances on one PostgreSQL database, as behind a load balancer.</summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private DeciderFactory _first = null!;
    private DeciderFactory _second = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _first = new DeciderFactory { PostgresConnectionString = _database.ConnectionString };
        _second = new DeciderFactory { PostgresConnectionString = _database.ConnectionString };
    }

    [Fact]
    public async Task SaveOnOne_ReadAndDeleteOnTheOther()
    {
        var a = _first.CreateClient();
        var b = _second.CreateClient();

        var saved = await SaveAsync(a, """{"title":"Shared","answers":{"lifespan":"long-lived"}}""");
        var id = saved.GetProperty("id").GetString();

        Assert.Equal("Shared", (await b.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}")).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync($"/a/{id}/report.pdf")).StatusCode);
        await DeleteAsync(b, saved);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/assessments/{id}")).StatusCode);
    }

    [Fact]
    public async Task SharePage_CachedOnOne_FollowsSavesAndDeletesMadeOnTheOther()
    {
        var a = _first.CreateClient();
        var b = _second.CreateClient();
        var parent = await SaveAsync(a, """{"title":"Parent","answers":{"lifespan":"long-lived"}}""");
        var parentId = parent.GetProperty("id").GetString();
        Assert.Contains("This is the only version.", await a.GetStringAsync($"/a/{parentId}"));
        var again = await a.GetAsync($"/a/{parentId}");
        Assert.NotNull(again.Headers.Age); // served from the first instance's cache
        Assert.Contains("This is the only version.", await again.Content.ReadAsStringAsync());

        var child = await SaveAsync(b, $$"""{"title":"Child","answers":{"lifespan":"long-lived"},"revises":"{{parentId}}"}""");
        var childId = child.GetProperty("id").GetString();
        Assert.Contains($"Revised by <a href=\"/a/{childId}\">Child</a>", await a.GetStringAsync($"/a/{parentId}"));
        Assert.Contains($"Revises <a href=\"/a/{parentId}\">Parent</a>", await a.GetStringAsync($"/a/{childId}"));

        await DeleteAsync(b, parent);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/a/{parentId}")).StatusCode);
        Assert.Contains("Revises an earlier assessment that has since been deleted.", await a.GetStringAsync($"/a/{childId}"));

        await DeleteAsync(b, child);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/a/{childId}")).StatusCode);
    }

    [Fact]
    public async Task TeamSession_AnswerOnOne_ReachesTheLeadsViewOnTheOther()
    {
        var changed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _first.CreateClient();
        _first.Services.GetRequiredService<TeamEvents>().Changed += id => changed.TrySetResult(id);
        await using var scope = _second.Services.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<TeamSessions>();
        var (session, _) = await sessions.OpenAsync("Shared", CancellationToken.None);

        // The first instance starts listening in the background; answer until it has heard one.
        for (var attempt = 0; attempt < 40 && !changed.Task.IsCompleted; attempt++)
        {
            Assert.Equal(SubmitOutcome.Submitted, await sessions.SubmitAsync(session.Id, TeamSessions.NewParticipantKey(), $"Participant {attempt}", Core.Rules.AnswerSet.Empty,
                new Dictionary<string, string>(), CancellationToken.None));
            await Task.WhenAny(changed.Task, Task.Delay(500));
        }

        Assert.Equal(session.Id, await changed.Task.WaitAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void DataProtection_WhatOneInstanceProtects_TheOtherCanRead()
    {
        // Cookies, antiforgery tokens and circuit state are protected this way; the keys live in the database.
        var protectedByFirst = _first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("hello");

        var read = _second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedByFirst);

        Assert.Equal("hello", read);
    }

    private static async Task<JsonElement> SaveAsync(HttpClient client, string json)
    {
        var response = await client.PostAsync("/api/v1/assessments", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task DeleteAsync(HttpClient client, JsonElement saved)
    {
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/assessments/{saved.GetProperty("id").GetString()}");
        delete.Headers.Add("X-Delete-Token", saved.GetProperty("deleteToken").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(delete)).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _database.DisposeAsync();
    }
}
