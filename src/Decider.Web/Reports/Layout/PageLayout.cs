namespace Decider.Web.Reports.Layout;

/// <summary>
/// Places rows top to bottom on A4 pages, breaking between rows. A heading is moved to the next page
/// rather than left alone at the bottom, and two columns fill side by side, page after page.
/// </summary>
public sealed class PageLayout
{
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;
    public const float Margin = 48;
    public const float HeaderHeight = 30;
    public const float FooterHeight = 30;

    private readonly List<List<PlacedRow>> _pages = [[]];
    private float _y = Top;

    public static float ContentWidth => PageWidth - 2 * Margin;

    private static float Top => Margin + HeaderHeight;

    private static float Bottom => PageHeight - Margin - FooterHeight;

    public IReadOnlyList<IReadOnlyList<PlacedRow>> Pages => _pages;

    public void Add(Row row) => Place(row, Margin, ContentWidth, ref _y);

    public void Add(IEnumerable<Row> rows)
    {
        foreach (var row in rows)
        {
            Add(row);
        }
    }

    /// <summary>Adds a heading, starting a new page if the heading and <paramref name="keepWith"/> would not fit.</summary>
    public void AddHeading(Row heading, float keepWith = 40)
    {
        if (_y + heading.Height + keepWith > Bottom && _y > Top)
        {
            NewPage();
        }
        Add(heading);
    }

    /// <summary>Two columns of rows side by side, each filling the page before both continue on the next.</summary>
    public void AddColumns(IReadOnlyList<Row> left, IReadOnlyList<Row> right, float gap = 16)
    {
        var width = (ContentWidth - gap) / 2;
        int l = 0, r = 0;
        while (true)
        {
            float leftY = _y, rightY = _y;
            l = Fill(left, l, Margin, width, ref leftY);
            r = Fill(right, r, Margin + width + gap, width, ref rightY);
            _y = Math.Max(leftY, rightY);
            if (l >= left.Count && r >= right.Count)
            {
                return;
            }
            NewPage();
        }
    }

    private int Fill(IReadOnlyList<Row> rows, int start, float x, float width, ref float y)
    {
        var i = start;
        var pageTop = y;
        while (i < rows.Count && (y + rows[i].Height <= Bottom || y == pageTop && pageTop == Top))
        {
            _pages[^1].Add(new PlacedRow(rows[i], x, y, width));
            y += rows[i].Height;
            i++;
        }
        return i;
    }

    private void Place(Row row, float x, float width, ref float y)
    {
        if (y + row.Height > Bottom && y > Top)
        {
            if (row is GroupRow tall && tall.Height > Bottom - Top)
            {
                // Taller than a whole page: let it break between its own rows.
                foreach (var inner in tall.Rows)
                {
                    Place(inner, x, width, ref y);
                }
                return;
            }
            NewPage();
            y = _y;
        }
        _pages[^1].Add(new PlacedRow(row, x, y, width));
        y += row.Height;
    }

    private void NewPage()
    {
        _pages.Add([]);
        _y = Top;
    }
}

public sealed record PlacedRow(Row Row, float X, float Y, float Width);
