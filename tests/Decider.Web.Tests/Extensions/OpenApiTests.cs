using System.Net.Http.Json;
using System.Text.Json;

namespace Decider.Web.Tests.Extensions;

public sealed class OpenApiTests(DeciderFactory factory) : IClassFixture<DeciderFactory>
{
    [Theory]
    [InlineData("/api/v1/evaluate", "post", new[] { "200", "400", "413", "415" })]
    [InlineData("/api/v1/systems/evaluate", "post", new[] { "200", "400", "413", "415" })]
    [InlineData("/api/v1/systems", "post", new[] { "201", "400", "413", "415", "429" })]
    [InlineData("/api/v1/systems/{id}", "get", new[] { "200", "404" })]
    [InlineData("/api/v1/systems/{id}", "delete", new[] { "204", "403", "404", "429" })]
    [InlineData("/api/v1/assessments", "post", new[] { "201", "400", "413", "429" })]
    [InlineData("/api/v1/assessments/{id}", "get", new[] { "200", "404" })]
    [InlineData("/api/v1/assessments/{id}", "delete", new[] { "204", "403", "404", "429" })]
    public async Task Document_DescribesTheEndpointWithItsProblemResponses(string path, string method, string[] statuses)
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.Equal(statuses, operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
    }
}
