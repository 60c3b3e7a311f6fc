using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Decider.Web.Teams;
using Decider.Web.Tests.Assessments;
using Microsoft.Extensions.DependencyInjection;

namespace Decider.Web.Tests.Sharing;

/// <summary>How shared pages and documents travel: HEAD, ETags and 304s, caching, compression, file names, not-found pages.</summary>
public sealed class DeliveryTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    private readonly HttpClient _client = app.Factory.CreateClient();

    private async Task<string> SaveAsync(string title = "Invoice import worker") =>
        (await SavedPages.SaveAsync(_client, $$$"""{"title":{{{JsonSerializer.Serialize(title)}}},"answers":{"age":"lasting"}}""")).GetProperty("id").GetString()!;

    [Theory]
    [InlineData("")]
    [InlineData("/report.pdf")]
    [InlineData("/adr.md")]
    public async Task SharedPagesAndDocuments_AnswerHead_CarryAnETag_AndAConditionalGetIs304(string suffix)
    {
        var path = $"/a/{await SaveAsync()}{suffix}";

        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        using var get = await _client.GetAsync(path);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(get.Headers.ETag!);
        using var again = await _client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.True(get.Headers.ETag!.IsWeak);
        Assert.True(get.Headers.CacheControl!.Public);
        Assert.True(get.Headers.CacheControl.NoCache);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task SavedSystem_PageAndPdfAnswerHead_AndThePdfsConditionalGetIs304()
    {
        var saved = await _client.PostAsync("/api/v1/systems", new StringContent(
            """{"title":"Uploads","team":{"reviewers":"one"},"components":[{"name":"Parser","answers":{"age":"lasting"}}]}""", System.Text.Encoding.UTF8, "application/json"));
        var id = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        using var page = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/s/{id}"));
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/s/{id}/report.pdf"));
        using var get = await _client.GetAsync($"/s/{id}/report.pdf");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/s/{id}/report.pdf");
        conditional.Headers.IfNoneMatch.Add(get.Headers.ETag!);
        using var again = await _client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task ASignOff_ChangesTheETags()
    {
        var saved = await SavedPages.SaveAsync(_client, """{"title":"Parser","answers":{"age":"lasting"}}""");
        var id = saved.GetProperty("id").GetString()!;
        var before = (await _client.GetAsync($"/a/{id}/adr.md")).Headers.ETag;
        var beforePage = (await _client.GetAsync($"/a/{id}")).Headers.ETag;
        using var signOff = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/assessments/{id}/status")
        {
            Content = new StringContent($$"""{"status":"accepted","by":"Ana","on":"{{DateTime.UtcNow:yyyy-MM-dd}}"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        signOff.Headers.Add("X-Delete-Token", saved.GetProperty("deleteToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(signOff)).StatusCode);

        Assert.NotEqual(before, (await _client.GetAsync($"/a/{id}/adr.md")).Headers.ETag);
        Assert.NotEqual(beforePage, (await _client.GetAsync($"/a/{id}")).Headers.ETag);
    }

    [Fact]
    public async Task Pdf_OpensInTheBrowser_NamedAfterTheTitle()
    {
        var id = await SaveAsync("Invoice import worker: v2 (Café)");

        var pdf = await _client.GetAsync($"/a/{id}/report.pdf");

        Assert.Equal("inline", pdf.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("invoice-import-worker-v2-café-decider.pdf", pdf.Content.Headers.ContentDisposition.FileNameStar);
    }

    [Theory]
    [InlineData("/report.pdf")]
    [InlineData("/adr.md")]
    public async Task DocumentOfAnUnknownResult_IsTheNotFoundPage(string suffix)
    {
        var response = await _client.GetAsync($"/a/AAAAAAAAAAAAAAAAAAAAAA{suffix}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("This page is not here", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SharePage_IsPlainHtml_WithoutBlazorOrMudBlazor_AndGoesOutCompressed()
    {
        var id = await SaveAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/a/{id}");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await _client.SendAsync(request);
        var html = await _client.GetStringAsync($"/a/{id}");

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.DoesNotContain("blazor.web.js", html);
        Assert.DoesNotContain("MudBlazor", html);
        Assert.Contains("blazor.web.js", await _client.GetStringAsync("/"));
    }

    [Fact]
    public async Task ShareLink_UnfurlsWithACardImage_ThatGoesWhenTheResultIsDeleted()
    {
        var saved = await SavedPages.SaveAsync(_client, """{"title":"Invoice import worker","answers":{"age":"lasting"}}""");
        var id = saved.GetProperty("id").GetString()!;

        var page = await _client.GetStringAsync($"/a/{id}");
        var card = await _client.GetAsync($"/a/{id}/card.png");
        var png = await card.Content.ReadAsByteArrayAsync();

        Assert.Contains($"<meta property=\"og:image\" content=\"http://localhost/a/{id}/card.png\"", page);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\"", page);
        Assert.Equal("image/png", card.Content.Headers.ContentType?.MediaType);
        // The PNG header's IHDR chunk holds the width and height, big-endian.
        Assert.Equal((1200, 630), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/assessments/{id}");
        delete.Headers.Add("X-Delete-Token", saved.GetProperty("deleteToken").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await _client.SendAsync(delete)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/a/{id}/card.png")).StatusCode);
    }

    [Fact]
    public async Task TeamInvitationAndComparePage_UnfurlWithOpenGraphTags()
    {
        var id = await SaveAsync();
        var team = await OpenTeamAsync("Queue worker");

        var invitation = await _client.GetStringAsync($"/team/{team}");
        var compare = await _client.GetStringAsync($"/compare/{id}/{id}");

        Assert.Contains("<meta property=\"og:title\" content=\"Team decision: Queue worker\"", invitation);
        Assert.Contains("<meta property=\"og:title\" content=\"Compare: Invoice import worker and Invoice import worker\"", compare);
    }

    private async Task<string> OpenTeamAsync(string title)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<TeamSessions>();
        return (await sessions.OpenAsync(title, CancellationToken.None)).Session.Id;
    }
}
