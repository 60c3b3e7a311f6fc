using System.Net.Http.Json;
using System.Text.Json;

namespace Decider.Web.Tests.Content;

public sealed class ContentVersionTests
{
    [Fact]
    public async Task ContentVersion_AnyContentFileEdited_Changes()
    {
        using var original = new TempContent();
        using var edited = new TempContent();
        edited.Edit("verdicts/go.md", "Use Go", "Use Go today");

        var before = await VersionAsync(original.Directory);
        var after = await VersionAsync(edited.Directory);

        Assert.NotEqual(before, after);
        Assert.Equal(before, await VersionAsync(original.Directory));
    }

    private static async Task<string> VersionAsync(string contentDirectory)
    {
        await using var factory = new DeciderFactory { ContentDirectory = contentDirectory };
        var health = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/healthz");
        return health.GetProperty("contentVersion").GetString()!;
    }
}
