using System.Globalization;
using Decider.Web.Assessments;
using Decider.Web.Infrastructure;
using Decider.Web.Reports.Layout;
using Decider.Web.Shared;
using SkiaSharp;
using static Decider.Web.Reports.ReportTypography;

namespace Decider.Web.Reports;

/// <summary>
/// The PDF recommendation report: what an architect forwards. Composed top to bottom from the saved
/// report, with every source cited by number and listed under References. <paramref name="today"/> is the
/// result under today's content when that changed since saving; <paramref name="history"/> its sign-offs, oldest
/// first; <paramref name="date"/> is today's UTC date.
/// </summary>
public sealed class AssessmentReport(Assessment assessment, SavedReport report, TodaysResult? today, IReadOnlyList<AssessmentStatusChange> history,
    DateOnly date, string shareUrl)
{
    private readonly PageLayout _layout = new();

    // Kept until the report is rendered: a drawn link's bytes live as long as its row (see TextRow).
    private readonly List<TextRow> _footerLinks = [];
    private readonly Dictionary<string, int> _references = report.Sources.Select((s, i) => (s.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2);

    private static float Width => PageLayout.ContentWidth;

    public byte[] Render()
    {
        ComposeTitle();
        ComposeVerdict();
        if (today is not null)
        {
            ComposeToday(today);
        }
        ComposeReasons();
        if (report.WhereSourcesDiffer.Length > 0)
        {
            ComposeList("Where the sources differ", report.WhereSourcesDiffer.Select(d => $"{d.Text} {Cite(d.SourceIds)}"), "");
        }
        ComposeList("Open questions", report.OpenQuestions.Select(q => q.Title), "Every question was answered.");
        if (report.FindOutFirst.Length > 0)
        {
            ComposeList("Find out first", report.FindOutFirst.Select(s => s + "."), "");
        }
        ComposeList("What you could do", report.Actions.Select(c => $"{c.Sentence} → {c.VerdictTitle}"), "No step the team can take would change it.");
        if (report.RevisitWhen.Length > 0)
        {
            ComposeList("When to look again", report.RevisitWhen, "");
        }
        if (report.Team is { } team)
        {
            ComposeList($"Decided by a team of {team.Participants}",
                team.Contested.Select(c => $"{c.Question}{(c.FlipsVerdict ? " (changes the verdict)" : "")}: " +
                    string.Join("; ", c.Answers.Select(a => $"{a.Answer} ({a.Count}) → {a.Verdict}"
                        + (a.Reasons.IsEmpty ? "" : $" (why: {string.Join("; ", a.Reasons)})"))) + $". The team's answer: {c.TeamAnswer}."),
                "Everyone gave the same answers.");
            if (team.Resolutions.Length > 0)
            {
                ComposeList("How the lead settled contested questions", team.Resolutions.Select(r => r.Sentence(t => t) + "."), "");
            }
            _layout.Add(Paragraph($"How answers combined: {team.Rule}", Small));
        }
        if (history.Count > 1)
        {
            ComposeList("Sign-off history", history.Select(c => AssessmentStatuses.Sentence(c, t => t)), "");
        }
        ComposeMarkdown("Next steps", report.Verdict.NextStepsMarkdown);
        if (report.Verdict.SpikePlanMarkdown is { } spikePlan)
        {
            ComposeMarkdown("Spike plan", spikePlan);
        }
        ComposeList("What the verdicts mean", report.Verdicts.Select(v => $"{v.Title}{(v.Id == report.Verdict.Id ? " (this result)" : "")}: {v.Summary}"), "");
        ComposeAnswers();
        if (assessment.Notes is { } notes)
        {
            Heading("Notes");
            _layout.Add(Paragraph(notes, Body));
        }
        ComposeReferences();
        var created = assessment.CreatedAt;
        return PdfWriter.Write(_layout, new SKDocumentPdfMetadata
        {
            Title = assessment.Title,
            Subject = $"Decider recommendation: {report.Verdict.Title}",
            Author = "Decider",
            Creator = "Decider",
            Producer = "Decider",
            Creation = created,
            Modified = created,
        }, Decorate);
    }

    private void ComposeTitle()
    {
        _layout.Add(new TextRow("RUST RECOMMENDATION", Label));
        _layout.Add(Paragraph(assessment.Title, Title));
        _layout.Add(new TextRow($"Saved {assessment.CreatedAt.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture)} · content version {assessment.ContentVersion}", Small));
        _layout.Add(new TextRow(shareUrl, Small, link: shareUrl));
        if (assessment.RevisitBy is { } revisitBy)
        {
            var when = revisitBy.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            _layout.Add(new TextRow(date > revisitBy ? $"Due for review: to be revisited by {when}" : $"Revisit by {when}", date > revisitBy ? Strong : Small));
        }
        _layout.Add(Paragraph($"Status: {AssessmentStatuses.Summary(history, t => t)}", Strong));
        _layout.Add(new SpaceRow(10));
    }

    private void ComposeToday(TodaysResult today)
    {
        var box = new List<Row> { new TextRow("UNDER TODAY'S CONTENT", Label) };
        box.AddRange(Paragraph($"This would {(today.VerdictChanged ? "be" : "still be")} {today.Verdict.Title}: Rust fit {today.RustFit} " +
            $"(saved: {today.VerdictThen.Title}, fit {today.RustFitThen}). The saved result in this report is unchanged.", Body, Width - 20));
        var changes = today.ReasonsGained.Select(r => $"Gained: {Signed(r.Direction, r.WeightNow)} {r.Text}")
            .Concat(today.ReasonsLost.Select(r => $"Lost: {Signed(r.Direction, r.WeightThen)} {r.Text}"))
            .Concat(today.ReasonsReweighted.Select(r => $"Re-weighted {r.WeightThen} → {Signed(r.Direction, r.WeightNow)}: {r.Text}"));
        foreach (var change in changes)
        {
            box.AddRange(Paragraph(change, Body, Width - 20));
        }
        box.AddRange(Paragraph(today.ChangedFiles is { } files
            ? $"Content files changed since: {string.Join(", ", files.Select(f => $"{f.File} ({f.Change})"))}."
            : "Which content files changed is not known: this assessment was saved before Decider kept a digest of each file.", Small, Width - 20));
        _layout.Add(new GroupRow(box, Soft, 10));
        _layout.Add(new SpaceRow(6));
    }

    private static string Signed(string direction, int? weight) => $"{(direction == "for" ? "+" : "−")}{weight}";

    private void ComposeVerdict()
    {
        var box = new List<Row> { new TextRow("VERDICT", Label) };
        box.AddRange(Paragraph(report.Verdict.Title, VerdictTitle, Width - 20));
        box.AddRange(Paragraph(report.Verdict.Summary, Body, Width - 20));
        box.Add(new SpaceRow(4));
        if (report.Scores is { } scores)
        {
            box.Add(new TextRow($"Need {scores.Need}/100 · readiness {scores.Readiness}/100 · confidence {report.Confidence}", Strong));
            box.Add(new TextRow("Need: how much the component needs what Rust gives. Readiness: how well the team can carry Rust here now.", Small));
            box.Add(new SpaceRow(4));
            box.Add(new AxesChartRow(scores));
        }
        else
        {
            box.Add(new TextRow($"Rust fit {report.RustFit}/100 · confidence {report.Confidence}", Strong));
            box.Add(new BarRow(report.RustFit / 100f, Accent, Track, 220));
        }
        box.Add(new SpaceRow(4));
        box.AddRange(Paragraph($"Why: {report.DecidedBy.Text} {Cite(report.DecidedBy.SourceIds)}", Body, Width - 20));
        if (report.DecidingAnswers.Length > 0)
        {
            box.AddRange(Paragraph($"What it turns on here: {string.Join("; ", report.DecidingAnswers)}.", Body, Width - 20));
        }
        _layout.Add(new GroupRow(box, Soft, 10));
        _layout.Add(new SpaceRow(6));
    }

    private void ComposeReasons()
    {
        if (report.Scores is not null)
        {
            ComposeReasonColumns("What the component needs", report.On(Axis.Need, Direction.For), report.On(Axis.Need, Direction.Against));
            ComposeReasonColumns("What the team can carry", report.On(Axis.Readiness, Direction.For), report.On(Axis.Readiness, Direction.Against));
        }
        else
        {
            ComposeReasonColumns("Reasons for and against", report.For, report.Against);
        }
    }

    private void ComposeReasonColumns(string title, IEnumerable<ReportReason> forRust, IEnumerable<ReportReason> againstRust)
    {
        Heading(title);
        var columnWidth = (Width - 16) / 2;
        var left = new List<Row> { new TextRow("FOR RUST", new TextStyle(true, 8, For)) };
        var right = new List<Row> { new TextRow("AGAINST RUST", new TextStyle(true, 8, Against)) };
        left.AddRange(forRust.SelectMany(r => Reason(r, columnWidth)).DefaultIfEmpty(new TextRow("No reason for Rust.", Small)));
        right.AddRange(againstRust.SelectMany(r => Reason(r, columnWidth)).DefaultIfEmpty(new TextRow("No reason against Rust.", Small)));
        _layout.AddColumns(left, right);
    }

    private IEnumerable<Row> Reason(ReportReason reason, float width)
    {
        const float WeightColumn = 24;
        var lines = new List<Row>();
        lines.AddRange(Paragraph(reason.Text, Body, width - WeightColumn));
        lines.AddRange(Paragraph($"{string.Join(", ", reason.Questions)} · {Cite(reason.SourceIds)}{Quoted(reason.Quotes)}", Small, width - WeightColumn));
        var weight = new TextRow($"{(reason.Direction == "for" ? "+" : "−")}{reason.Weight}", reason.Direction == "for" ? WeightFor : WeightAgainst);
        yield return new CellsRow([(0, WeightColumn, [weight]), (WeightColumn, width - WeightColumn, lines)]);
        yield return new SpaceRow(5);
    }

    private void ComposeList(string title, IEnumerable<string> items, string whenEmpty)
    {
        Heading(title);
        var any = false;
        foreach (var item in items)
        {
            _layout.Add(Bullet(item));
            any = true;
        }
        if (!any)
        {
            _layout.Add(new TextRow(whenEmpty, Small));
        }
    }

    private void ComposeMarkdown(string title, string markdown)
    {
        Heading(title);
        foreach (var block in PlainMarkdown.Blocks(markdown))
        {
            if (block.IsListItem)
            {
                _layout.Add(Bullet(block.Text));
            }
            else
            {
                _layout.Add(Paragraph(block.Text, Body));
            }
        }
    }

    private void ComposeAnswers()
    {
        Heading("Answers given");
        var questionWidth = Width * 0.55f;
        _layout.Add(new CellsRow([(0, questionWidth, [new TextRow("Question", Strong)]), (questionWidth + 8, Width - questionWidth - 8, [new TextRow("Answer", Strong)])]));
        _layout.Add(new RuleRow(Line));
        string? step = null;
        foreach (var answer in report.Answers)
        {
            if (answer.Step != step)
            {
                step = answer.Step;
                _layout.Add(new TextRow(step.ToUpperInvariant(), Label));
            }
            _layout.Add(new CellsRow([
                (0, questionWidth, Paragraph(answer.Question, Body, questionWidth)),
                (questionWidth + 8, Width - questionWidth - 8, Paragraph(answer.Answer ?? "I don't know yet", answer.Answer is null ? Small : Body, Width - questionWidth - 8)),
            ]));
        }
    }

    private void ComposeReferences()
    {
        Heading("References");
        foreach (var source in report.Sources)
        {
            var details = string.Join(", ", new[] { source.Author, source.Date }.Where(s => !string.IsNullOrWhiteSpace(s)));
            _layout.Add(Paragraph($"[{_references[source.Id]}] {source.Title}{(details.Length > 0 ? $" — {details}" : "")}", Body));
        }
    }

    private void Heading(string text)
    {
        _layout.Add(new SpaceRow(6));
        _layout.AddHeading(new TextRow(text, ReportTypography.Heading));
    }

    private string Quoted(IEnumerable<ReportQuote> quotes) => string.Concat(quotes.Select(q => $" [{_references[q.SourceId]}] \u201c{q.Text}\u201d"));

    private string Cite(IEnumerable<string> sourceIds) => string.Concat(sourceIds.Select(id => $"[{_references[id]}]"));

    private static List<Row> Paragraph(string text, TextStyle style, float? width = null) =>
        [.. TextWrapper.Wrap(text, style, width ?? Width).Select(line => new TextRow(line, style))];

    private static GroupRow Bullet(string text)
    {
        const float Indent = 12;
        var lines = TextWrapper.Wrap(text, Body, Width - Indent);
        return new GroupRow([.. lines.Select((line, i) => (Row)new BulletLine(line, i == 0, Indent))]);
    }

    private void Decorate(PdfPage page, int number, int pageCount)
    {
        var header = Truncate($"Decider · {assessment.Title}", Small, Width - 80);
        new TextRow(header, Small).Draw(page, PageLayout.Margin, PageLayout.Margin, Width);
        new TextRow(report.Verdict.Title, Small).Draw(page, PageLayout.Margin + Width - Small.Measure(report.Verdict.Title), PageLayout.Margin, Width);
        new RuleRow(Line).Draw(page, PageLayout.Margin, PageLayout.Margin + 12, Width);
        var footerY = PageLayout.PageHeight - PageLayout.Margin - 12;
        var footerLink = new TextRow(Truncate(shareUrl, Small, Width - 80), Small, link: shareUrl);
        footerLink.Draw(page, PageLayout.Margin, footerY, Width);
        _footerLinks.Add(footerLink);
        var pageText = $"Page {number} of {pageCount}";
        new TextRow(pageText, Small).Draw(page, PageLayout.Margin + Width - Small.Measure(pageText), footerY, Width);
    }

    private static string Truncate(string text, TextStyle style, float width)
    {
        if (style.Measure(text) <= width)
        {
            return text;
        }
        while (text.Length > 1 && style.Measure(text + "…") > width)
        {
            text = text[..^1];
        }
        return text + "…";
    }

    /// <summary>A line of a bulleted item: the bullet on its first line, the text indented on every line.</summary>
    private sealed class BulletLine(string text, bool first, float indent) : Row
    {
        public override float Height => Body.LineHeight;

        public override void Draw(PdfPage page, float x, float y, float width)
        {
            if (first)
            {
                new TextRow("•", Body).Draw(page, x + 2, y, width);
            }
            new TextRow(text, Body, indent).Draw(page, x, y, width);
        }
    }
}
