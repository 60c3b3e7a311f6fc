using System.Globalization;
using Decider.Web.Assessments;
using Decider.Web.Infrastructure;
using Decider.Web.Reports.Layout;
using Decider.Web.Shared;
using static Decider.Web.Reports.ReportTypography;

namespace Decider.Web.Reports;

/// <summary>
/// The PDF recommendation report: what an architect forwards. A composition of sections, top to bottom, from the
/// saved report, with every source cited by number and listed under References. <paramref name="today"/> is the
/// result under today's content when that changed since saving; <paramref name="history"/> its sign-offs, oldest
/// first; <paramref name="date"/> is today's UTC date.
/// </summary>
public sealed class AssessmentReport(Assessment assessment, SavedReport report, TodaysResult? today, IReadOnlyList<AssessmentStatusChange> history,
    DateOnly date, string shareUrl)
{
    private readonly Dictionary<string, int> _references = report.Sources.Select((s, i) => (s.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2);
    private readonly List<string> _texts = [];

    public byte[] Render()
    {
        var sections = Sections().ToList();
        if (!_texts.All(TextShaper.CanDraw))
        {
            sections.Insert(1, Paragraph($"Some characters cannot be printed in this PDF and are shown as {char.ConvertFromUtf32(ReportFonts.Marker)}; " +
                $"the share page shows them all: {shareUrl}", Small));
        }
        var pages = DocumentLayout.Compose(new Column(sections, spacing: 6), Header, Footer, PageSetup.A4);
        return PdfRenderer.Render(pages, PageSetup.A4, new DocumentInfo(assessment.Title, $"Decider recommendation: {report.Verdict.Title}", assessment.CreatedAt));
    }

    private IEnumerable<Element> Sections()
    {
        yield return TitleBlock();
        yield return new Section("Verdict", VerdictBox());
        if (today is not null)
        {
            yield return new Section("Under today's content", TodayBox(today));
        }
        foreach (var reasons in ReasonSections())
        {
            yield return reasons;
        }
        if (report.WhereSourcesDiffer.Length > 0)
        {
            yield return List("Where the sources differ", report.WhereSourcesDiffer.Select(d => $"{d.Text} {Cite(d.SourceIds)}"), "");
        }
        yield return List("Open questions", report.OpenQuestions.Select(q => q.Title), "Every question was answered.");
        if (report.FindOutFirst.Length > 0)
        {
            yield return List("Find out first", report.FindOutFirst.Select(s => s + "."), "");
        }
        yield return List("What you could do", report.Actions.Select(c => $"{c.Sentence} → {c.VerdictTitle}"), "No step the team can take would change it.");
        if (report.RevisitWhen.Length > 0)
        {
            yield return List("When to look again", report.RevisitWhen, "");
        }
        if (report.Team is { } team)
        {
            yield return List($"Decided by a team of {team.Participants}",
                team.Contested.Select(c => $"{c.Question}{(c.FlipsVerdict ? " (changes the verdict)" : "")}: " +
                    string.Join("; ", c.Answers.Select(a => $"{a.Answer} ({a.Count}) → {a.Verdict}"
                        + (a.Reasons.IsEmpty ? "" : $" (why: {string.Join("; ", a.Reasons)})"))) + $". The team's answer: {c.TeamAnswer}."),
                "Everyone gave the same answers.", footnote: $"How answers combined: {team.Rule}");
            if (team.Resolutions.Length > 0)
            {
                yield return List("How the lead settled contested questions", team.Resolutions.Select(r => r.Sentence(t => t) + "."), "");
            }
        }
        if (history.Count > 1)
        {
            yield return List("Sign-off history", history.Select(c => AssessmentStatuses.Sentence(c, t => t)), "");
        }
        yield return MarkdownSection("Next steps", report.Verdict.NextStepsMarkdown);
        if (report.Verdict.SpikePlanMarkdown is { } spikePlan)
        {
            yield return MarkdownSection("Spike plan", spikePlan);
        }
        yield return List("What the verdicts mean", report.Verdicts.Select(v => $"{v.Title}{(v.Id == report.Verdict.Id ? " (this result)" : "")}: {v.Summary}"), "");
        yield return Titled("Answers given", AnswersTable());
        if (assessment.Notes is { } notes)
        {
            yield return Titled("Notes", Paragraph(notes, Body));
        }
        yield return Titled("References", new Column(report.Sources.Select(s => Reference(s)), spacing: 2));
    }

    private Column TitleBlock()
    {
        var lines = new List<Element>
        {
            Paragraph("RUST RECOMMENDATION", Label),
            Paragraph(assessment.Title, Title),
            Paragraph($"Saved {assessment.CreatedAt.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture)} · content version {assessment.ContentVersion}", Small),
            Paragraph(shareUrl, SmallLink, shareUrl),
        };
        if (assessment.RevisitBy is { } revisitBy)
        {
            var when = revisitBy.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            lines.Add(Paragraph(date > revisitBy ? $"Due for review: to be revisited by {when}" : $"Revisit by {when}", date > revisitBy ? Strong : Small));
        }
        lines.Add(Paragraph($"Status: {AssessmentStatuses.Summary(history, t => t)}", Strong));
        return new Column(lines, spacing: 1);
    }

    private Box VerdictBox()
    {
        var lines = new List<Element> { Paragraph("VERDICT", Label), Paragraph(report.Verdict.Title, VerdictTitle), Paragraph(report.Verdict.Summary, Body) };
        if (report.Scores is { } scores)
        {
            lines.Add(Paragraph($"Need {scores.Need}/100 · readiness {scores.Readiness}/100 · confidence {report.Confidence}", Strong));
            lines.Add(Paragraph("Need: how much the component needs what Rust gives. Readiness: how well the team can carry Rust here now.", Small));
            lines.Add(AxesChart.Of(scores));
        }
        else
        {
            lines.Add(Paragraph($"Rust fit {report.RustFit}/100 · confidence {report.Confidence}", Strong));
            lines.Add(FitBar(report.RustFit / 100f));
        }
        lines.Add(Paragraph($"Why: {report.DecidedBy.Text} {Cite(report.DecidedBy.SourceIds)}", Body));
        if (report.DecidingAnswers.Length > 0)
        {
            lines.Add(Paragraph($"What it turns on here: {string.Join("; ", report.DecidingAnswers)}.", Body));
        }
        return new Box(new Column(lines, spacing: 3), Soft, 10);
    }

    private Box TodayBox(TodaysResult today)
    {
        var lines = new List<Element>
        {
            Paragraph("UNDER TODAY'S CONTENT", Label),
            Paragraph($"This would {(today.VerdictChanged ? "be" : "still be")} {today.Verdict.Title}: Rust fit {today.RustFit} " +
                $"(saved: {today.VerdictThen.Title}, fit {today.RustFitThen}). The saved result in this report is unchanged.", Body),
        };
        lines.AddRange(today.ReasonsGained.Select(r => $"Gained: {Signed(r.Direction, r.WeightNow)} {r.Text}")
            .Concat(today.ReasonsLost.Select(r => $"Lost: {Signed(r.Direction, r.WeightThen)} {r.Text}"))
            .Concat(today.ReasonsReweighted.Select(r => $"Re-weighted {r.WeightThen} → {Signed(r.Direction, r.WeightNow)}: {r.Text}"))
            .Select(change => Paragraph(change, Body)));
        lines.Add(Paragraph(today.ChangedFiles is { } files
            ? $"Content files changed since: {string.Join(", ", files.Select(f => $"{f.File} ({f.Change})"))}."
            : "Which content files changed is not known: this assessment was saved before Decider kept a digest of each file.", Small));
        return new Box(new Column(lines, spacing: 2), Soft, 10);
    }

    private static string Signed(string direction, int? weight) => $"{(direction == "for" ? "+" : "−")}{weight}";

    private IEnumerable<Element> ReasonSections()
    {
        if (report.Scores is not null)
        {
            yield return ReasonColumns("What the component needs", report.On(Axis.Need, Direction.For), report.On(Axis.Need, Direction.Against));
            yield return ReasonColumns("What the team can carry", report.On(Axis.Readiness, Direction.For), report.On(Axis.Readiness, Direction.Against));
        }
        else
        {
            yield return ReasonColumns("Reasons for and against", report.For, report.Against);
        }
    }

    /// <summary>
    /// The reasons for, then those against, each two to a row: the rows break between pages like lines, so a long side
    /// never leaves half of a page empty beside it.
    /// </summary>
    private Element ReasonColumns(string title, IEnumerable<ReportReason> forRust, IEnumerable<ReportReason> againstRust)
    {
        IEnumerable<Element> Side(string label, TextStyle style, IReadOnlyList<ReportReason> reasons, string none)
        {
            yield return Paragraph(label, style);
            if (reasons.Count == 0)
            {
                yield return Paragraph(none, Small);
            }
            for (var i = 0; i < reasons.Count; i += 2)
            {
                yield return new KeepTogether(new Row([
                    new RowItem(Reason(reasons[i]), Relative: 1),
                    new RowItem(i + 1 < reasons.Count ? Reason(reasons[i + 1]) : Shape.Gap(0), Relative: 1),
                ], spacing: 16));
            }
        }
        return Titled(title, new Column([
            .. Side("FOR RUST", ForLabel, [.. forRust], "No reason for Rust."),
            Shape.Gap(2),
            .. Side("AGAINST RUST", AgainstLabel, [.. againstRust], "No reason against Rust."),
        ], spacing: 5));
    }

    private Element Reason(ReportReason reason)
    {
        var weight = Paragraph($"{(reason.Direction == "for" ? "+" : "−")}{reason.Weight}", reason.Direction == "for" ? WeightFor : WeightAgainst);
        var text = new Column([
            Paragraph(reason.Text, Body),
            Paragraph($"{string.Join(", ", reason.Questions)} · {Cite(reason.SourceIds)}{Quoted(reason.Quotes)}", Small),
        ]);
        return new Row([new RowItem(weight, Constant: 24), new RowItem(text, Relative: 1)]);
    }

    private Element List(string title, IEnumerable<string> items, string whenEmpty, string? footnote = null)
    {
        var bullets = items.Select(Bullet).ToList();
        var content = new List<Element>(bullets.Count > 0 ? bullets : [Paragraph(whenEmpty, Small)]);
        if (footnote is not null)
        {
            content.Add(Paragraph(footnote, Small));
        }
        return Titled(title, new Column(content, spacing: 2));
    }

    private Element MarkdownSection(string title, string markdown) =>
        Titled(title, new Column(PlainMarkdown.Blocks(markdown).Select(block => block.IsListItem ? (Element)Bullet(block.Text) : Paragraph(block.Text, Body)), spacing: 3));

    private Table AnswersTable()
    {
        var rows = new List<IReadOnlyList<Element>>();
        string? step = null;
        foreach (var answer in report.Answers)
        {
            if (answer.Step != step)
            {
                step = answer.Step;
                rows.Add([Paragraph(step.ToUpperInvariant(), Label), Shape.Gap(0)]);
            }
            rows.Add([Paragraph(answer.Question, Body), Paragraph(answer.Answer ?? "I don't know yet", answer.Answer is null ? Small : Body)]);
        }
        return new Table([55, 45], () => [Paragraph("Question", Strong), Paragraph("Answer", Strong)], rows);
    }

    private Element Reference(Source source)
    {
        var details = string.Join(", ", new[] { source.Author, source.Date }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var link = new Uri(new Uri(shareUrl), $"/sources#{source.Id}").ToString();
        return Paragraph($"[{_references[source.Id]}] {source.Title}{(details.Length > 0 ? $" — {details}" : "")}", Body, link);
    }

    /// <summary>A section: its heading kept with the first lines under it, and an entry in the outline.</summary>
    private Section Titled(string title, Element content) =>
        new(title, new KeepTogether(new Column([Paragraph(title, Heading), content], spacing: 2), minimumHeight: 90));

    private string Quoted(IEnumerable<ReportQuote> quotes) => string.Concat(quotes.Select(q => $" [{_references[q.SourceId]}] \u201c{q.Text}\u201d"));

    private string Cite(IEnumerable<string> sourceIds) => string.Concat(sourceIds.Select(id => $"[{_references[id]}]"));

    private Text Paragraph(string text, TextStyle style, string? link = null)
    {
        _texts.Add(text);
        return new Text(text, style, link);
    }

    private Row Bullet(string text) => new([new RowItem(Paragraph("•", Body), Constant: 12), new RowItem(Paragraph(text, Body), Relative: 1)]);

    private static Shape FitBar(float fraction) => new(14, (canvas, area) =>
    {
        canvas.FillRectangle(new Rect(area.X, area.Y + 3, 220, 8), Track, 4);
        canvas.FillRectangle(new Rect(area.X, area.Y + 3, 220 * Math.Clamp(fraction, 0, 1), 8), Accent, 4);
    });

    private Element Header(int page, int pages) => new Column([
        new Row([
            new RowItem(new Text(Ellipsized($"Decider · {assessment.Title}", Small, PageSetup.A4.ContentWidth * 0.68f), Small), Relative: 68),
            new RowItem(new Text(Ellipsized(report.Verdict.Title, Small, PageSetup.A4.ContentWidth * 0.3f), Small, alignment: TextAlignment.Right), Relative: 30),
        ], spacing: PageSetup.A4.ContentWidth * 0.02f),
        Shape.Rule(Line),
    ]);

    private Element Footer(int page, int pages) => new Padding(new Row([
        new RowItem(new Text(Ellipsized(shareUrl, SmallLink, PageSetup.A4.ContentWidth * 0.7f), SmallLink, shareUrl), Relative: 70),
        new RowItem(new Text($"Page {page} of {pages}", Small, alignment: TextAlignment.Right), Relative: 30),
    ]), 0, 12, 0, 0);

    /// <summary>One line: the text, or as much of it as fits followed by an ellipsis, so headers and footers never wrap.</summary>
    private static string Ellipsized(string text, TextStyle style, float width)
    {
        if (style.Measure(text) <= width)
        {
            return text;
        }
        var elements = System.Globalization.StringInfo.ParseCombiningCharacters(text);
        var low = 0;
        var high = elements.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            var candidate = text[..elements[mid - 1]].TrimEnd() + "…";
            if (style.Measure(candidate) <= width)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }
        return low == 0 ? "…" : text[..elements[low - 1]].TrimEnd() + "…";
    }
}
