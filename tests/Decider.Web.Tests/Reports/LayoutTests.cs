using Decider.Web.Reports.Layout;

namespace Decider.Web.Tests.Reports;

/// <summary>The layout elements against a recording canvas: where each line lands, page by page.</summary>
public sealed class LayoutTests
{
    private static readonly TextStyle Style = new(false, 10, new Color(0, 0, 0), 1.5f);
    private static readonly PageSetup SmallPage = new(300, 300, 20, 20, 20);

    private static List<(string Text, float X, float Y)> Lines(RecordingCanvas page) =>
        [.. page.Texts.GroupBy(t => t.Baseline).Select(g => (string.Concat(g.OrderBy(t => t.X).Select(t => t.Run.Text)), g.Min(t => t.X), g.Key))];

    private static IReadOnlyList<RecordingCanvas> Lay(Element content, PageSetup? setup = null) =>
        DocumentLayout.Compose(content, (_, _) => Shape.Gap(0), (_, _) => Shape.Gap(0), setup ?? SmallPage);

    [Fact]
    public void Text_WrapsToTheWidthItIsGiven()
    {
        var pages = Lay(new Padding(new Text("one two three four five six seven eight nine ten", Style), 0, 0, 160, 0));

        var lines = Lines(pages[0]);
        Assert.True(lines.Count > 1);
        Assert.All(pages[0].Texts, t => Assert.True(t.Right <= SmallPage.Margin + SmallPage.ContentWidth - 160 + 0.01f, $"'{t.Run.Text}' ends at {t.Right}"));
        Assert.Equal("one two three four five six seven eight nine ten", string.Join(" ", lines.Select(l => l.Text)));
    }

    [Fact]
    public void Text_LongerThanAPage_ContinuesOnTheNextFromTheNextLine()
    {
        var words = string.Join(" ", Enumerable.Range(1, 200).Select(i => $"w{i}"));

        var pages = Lay(new Text(words, Style));

        Assert.True(pages.Count > 1);
        var all = pages.SelectMany(Lines).Select(l => l.Text);
        Assert.Equal(words, string.Join(" ", all));
        Assert.All(pages, p => Assert.All(Lines(p), l => Assert.InRange(l.Y, SmallPage.Margin + SmallPage.HeaderHeight, SmallPage.Height - SmallPage.Margin - SmallPage.FooterHeight)));
    }

    [Fact]
    public void Text_UnbreakableWord_IsBrokenBetweenCharactersInsideTheWidth()
    {
        var url = "https://example.org/" + new string('x', 120);

        var pages = Lay(new Text(url, Style));

        Assert.Equal(url, string.Concat(Lines(pages[0]).Select(l => l.Text)));
        Assert.All(pages[0].Texts, t => Assert.True(t.Right <= SmallPage.Margin + SmallPage.ContentWidth + 0.01f));
    }

    [Fact]
    public void Row_ChildrenOfDifferentHeights_EachRowStartsBelowTheTallerChild()
    {
        Row Pair(string left, string right) => new([new RowItem(new Text(left, Style), Relative: 1), new RowItem(new Text(right, Style), Relative: 1)], spacing: 10);
        var tall = string.Join(" ", Enumerable.Repeat("tall", 30));

        var pages = Lay(new Column([new KeepTogether(Pair(tall, "short")), new KeepTogether(Pair("second-left", "second-right"))], spacing: 5));

        var lines = Lines(pages[0]);
        var tallBottom = lines.Where(l => l.Text.StartsWith("tall", StringComparison.Ordinal)).Max(l => l.Y);
        var secondLeft = pages[0].Texts.Single(t => t.Run.Text == "second-left");
        var secondRight = pages[0].Texts.Single(t => t.Run.Text == "second-right");
        Assert.Equal(secondLeft.Baseline, secondRight.Baseline);
        Assert.True(secondLeft.Baseline > tallBottom);
    }

    [Fact]
    public void Table_LongerThanAPage_RepeatsItsHeaderAndKeepsEachRowWhole()
    {
        var rows = Enumerable.Range(1, 40).Select(i => (IReadOnlyList<Element>)[new Text($"question {i} with a few words to wrap", Style), new Text($"answer {i}", Style)]);

        var pages = Lay(new Table([60, 40], () => [new Text("Question", Style), new Text("Answer", Style)], rows));

        Assert.True(pages.Count > 2);
        Assert.All(pages, p => Assert.StartsWith("QuestionAnswer", Lines(p)[0].Text, StringComparison.Ordinal));
        var answers = pages.SelectMany(p => p.Texts).Where(t => t.Run.Text.StartsWith("answer", StringComparison.Ordinal)).Select(t => t.Run.Text).ToList();
        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"answer {i}"), answers);
        foreach (var page in pages)
        {
            // A row's question and its answer on the same page.
            var questions = page.Texts.Where(t => t.Run.Text.StartsWith("question", StringComparison.Ordinal)).Select(t => t.Run.Text.Split(' ')[1]).ToHashSet();
            var answered = page.Texts.Where(t => t.Run.Text.StartsWith("answer", StringComparison.Ordinal)).Select(t => t.Run.Text.Split(' ')[1]).ToHashSet();
            Assert.Equal(answered, questions);
        }
    }

    [Fact]
    public void KeepTogether_HeadingNearTheBottom_MovesWithItsContentToTheNextPage()
    {
        var filler = new Text(string.Join(" ", Enumerable.Repeat("filler", 120)), Style);
        var section = new KeepTogether(new Column([new Text("Heading", Style), new Text(string.Join(" ", Enumerable.Repeat("body", 80)), Style)]), minimumHeight: 90);

        var pages = Lay(new Column([filler, section]));

        var headingPage = pages.Select((p, i) => (p, i)).Single(x => x.p.Texts.Any(t => t.Run.Text == "Heading")).i;
        var headingY = pages[headingPage].Texts.Single(t => t.Run.Text == "Heading").Baseline;
        Assert.True(SmallPage.Height - SmallPage.Margin - SmallPage.FooterHeight - headingY > 60, "The heading was left at the bottom of a page.");
    }

    [Fact]
    public void Header_LongTitle_StaysOnOneLineAboveTheContent()
    {
        var pages = DocumentLayout.Compose(new Text("content", Style),
            (page, count) => new Text($"A title far too long for one header line, repeated {string.Join(" ", Enumerable.Repeat("again", 30))}", Style),
            (page, count) => new Text($"Page {page} of {count}", Style), SmallPage);

        var header = pages[0].Texts.Where(t => t.Baseline < SmallPage.Margin + SmallPage.HeaderHeight).ToList();
        var content = pages[0].Texts.Single(t => t.Run.Text == "content");
        Assert.All(header, t => Assert.True(t.Baseline < content.Baseline - Style.Size));
        Assert.Contains(pages[0].Texts, t => t.Run.Text == "Page 1 of 1");
    }

    [Fact]
    public void PageBreak_StartsWhatFollowsOnANewPage_AndAtThePageTopTakesNoPage()
    {
        var pages = Lay(new Column([new PageBreak(), new Text("map", Style), new PageBreak(), new Text("first component", Style),
            new PageBreak(), new Text("second component", Style)], spacing: 6));

        Assert.Equal(["map", "first component", "second component"], pages.Select(p => string.Join(" ", Lines(p).Select(l => l.Text))));
        Assert.All(pages, p => Assert.Equal(SmallPage.Margin + SmallPage.HeaderHeight, Lines(p)[0].Y, 0.5f + Style.Size * Style.LineHeight));
    }
}
