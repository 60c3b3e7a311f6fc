using System.Net;
using Decider.Web.Tests.Assessments;

namespace Decider.Web.Tests.Sources;

public sealed class SourcesPageTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    [Fact]
    public async Task Sources_ListEachArticleWithThePhrasesTheContentQuotes()
    {
        var page = WebUtility.HtmlDecode(await app.Factory.CreateClient().GetStringAsync("/sources"));

        Assert.Contains("Test guide A: weighing a rewrite", page);
        Assert.Contains("<q>test words about lasting</q>", page);
        Assert.Contains("<q>test words about stakes</q>", page);
        Assert.DoesNotContain("cited as", page);
    }
}
