using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
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

        var saved = await (await a.PostAsync("/api/v1/assessments",
            new StringContent("""{"title":"Shared","answers":{"lifespan":"long-lived"}}""", Encoding.UTF8, "application/json")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = saved.GetProperty("id").GetString();

        Assert.Equal("Shared", (await b.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}")).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync($"/a/{id}/report.pdf")).StatusCode);
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/assessments/{id}");
        delete.Headers.Add("X-Delete-Token", saved.GetProperty("deleteToken").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await b.SendAsync(delete)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/assessments/{id}")).StatusCode);
    }

    [Fact]
    public void DataProtection_WhatOneInstanceProtects_TheOtherCanRead()
    {
        // Cookies, antiforgery tokens and circuit state are protected this way; the keys live in the database.
        var protectedByFirst = _first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("hello");

        var read = _second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedByFirst);

        Assert.Equal("hello", read);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _database.DisposeAsync();
    }
}
