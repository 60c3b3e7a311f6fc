using System.Net;
using Decider.Web.Tests.Assessments;

namespace Decider.Web.Tests.Sources;

public sealed class SourcesPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Sources_ListEachArticleWithThePhrasesTheContentQuotes()
    {
        var page = WebUtility.HtmlDecode(await app.Factory.CreateClient().GetStringAsync("/sources"));

        Assert.Contains("When to Use Rust (And When Not To)", page);
        Assert.Contains("<q>If you can’t measure the bottleneck, you don’t need Rust.</q>", page);
        Assert.Contains("<q>If you cannot describe the boundary in one sentence, wait.</q>", page);
        Assert.DoesNotContain("cited as", page);
    }
}
