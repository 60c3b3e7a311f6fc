namespace Decider.Web.Reports.Layout;

/// <summary>The page size and margins, in points, and the heights kept for the header and the footer.</summary>
public sealed record PageSetup(float Width, float Height, float Margin, float HeaderHeight, float FooterHeight)
{
    public static PageSetup A4 { get; } = new(595.28f, 841.89f, 48, 30, 30);

    public float ContentWidth => Width - 2 * Margin;

    public float ContentHeight => Height - 2 * Margin - HeaderHeight - FooterHeight;
}

/// <summary>
/// Lays a document out on pages: the content page after page until it is all drawn, then each page's header and
/// footer, which know the page's number and the number of pages.
/// </summary>
public static class DocumentLayout
{
    private const int MaxPages = 500;

    public delegate Element PageDecoration(int pageNumber, int pageCount);

    public static IReadOnlyList<RecordingCanvas> Compose(Element content, PageDecoration header, PageDecoration footer, PageSetup setup)
    {
        var pages = new List<RecordingCanvas>();
        var space = new Space(setup.ContentWidth, setup.ContentHeight, AtPageTop: true);
        while (true)
        {
            var plan = content.Measure(space);
            if (plan.Kind == SpacePlanKind.Wrap || pages.Count == MaxPages)
            {
                throw new InvalidOperationException($"The report cannot be laid out: page {pages.Count + 1} would stay empty.");
            }
            var page = new RecordingCanvas();
            content.Draw(page, setup.Margin, setup.Margin + setup.HeaderHeight, space);
            pages.Add(page);
            if (plan.Kind == SpacePlanKind.Full)
            {
                break;
            }
        }
        for (var i = 0; i < pages.Count; i++)
        {
            Decorate(pages[i], header(i + 1, pages.Count), setup.Margin, setup.HeaderHeight, setup);
            Decorate(pages[i], footer(i + 1, pages.Count), setup.Height - setup.Margin - setup.FooterHeight, setup.FooterHeight, setup);
        }
        return pages;
    }

    private static void Decorate(RecordingCanvas page, Element decoration, float top, float height, PageSetup setup)
    {
        decoration.Draw(page, setup.Margin, top, new Space(setup.ContentWidth, height, AtPageTop: true));
    }
}
