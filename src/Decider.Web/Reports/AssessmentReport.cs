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
/// first; <paramref name="date"/> is today's UTC date; <paramref name="spike"/> the latest spike planned from it.
/// </summary>
public sealed class AssessmentReport(Assessment assessment, SavedReport report, TodaysResult? today, IReadOnlyList<AssessmentStatusChange> history,
    DateOnly date, string shareUrl, Spikes.SpikeSummary? spike)
{
    private readonly ReportComposer _parts = new(shareUrl, report.Sources);

    public Stream Render() => _parts.Render(Sections(), assessment.Title, report.Verdict.Title,
        new DocumentInfo(assessment.Title, $"Decider recommendation: {report.Verdict.Title}", assessment.CreatedAt));

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
            yield return _parts.List("Where the sources differ", report.WhereSourcesDiffer.Select(d => $"{d.Text} {_parts.Cite(d.SourceIds)}"), "");
        }
        yield return _parts.List("Open questions", report.OpenQuestions.Select(q => q.Title), "Every question was answered.");
        if (report.FindOutFirst.Length > 0)
        {
            yield return _parts.List("Find out first", report.FindOutFirst.Select(s => s + "."), "");
        }
        yield return _parts.List("What you could do", report.Actions.Select(c => $"{c.Sentence} → {c.VerdictTitle}"), "No step the team can take would change it.");
        if (report.RevisitWhen.Length > 0)
        {
            yield return _parts.List("When to look again", report.RevisitWhen, "");
        }
        if (report.Team is { } team)
        {
            yield return _parts.List($"Decided by a team of {team.Participants}",
                team.Contested.Select(c => $"{c.Question}{(c.FlipsVerdict ? " (changes the verdict)" : "")}: " +
                    string.Join("; ", c.Answers.Select(a => $"{a.Answer} ({a.Count}) → {a.Verdict}"
                        + (a.Reasons.IsEmpty ? "" : $" (why: {string.Join("; ", a.Reasons)})"))) + $". The team's answer: {c.TeamAnswer}."),
                "Everyone gave the same answers.", footnote: $"How answers combined: {team.Rule}");
            if (team.Resolutions.Length > 0)
            {
                yield return _parts.List("How the lead settled contested questions", team.Resolutions.Select(r => r.Sentence(t => t) + "."), "");
            }
        }
        if (history.Count > 1)
        {
            yield return _parts.List("Sign-off history", history.Select(c => AssessmentStatuses.Sentence(c, t => t)), "");
        }
        yield return MarkdownSection("Next steps", report.Verdict.NextStepsMarkdown);
        if (report.Verdict.SpikePlanMarkdown is { } spikePlan)
        {
            yield return MarkdownSection("Spike plan", spikePlan);
        }
        if (spike is not null)
        {
            var link = new Uri(new Uri(shareUrl), $"/p/{spike.Id}").ToString();
            yield return _parts.List("The spike, as planned and measured", spike.Lines(date), "", footnote: $"Its page, with a chart per metric: {link}");
        }
        yield return _parts.List("What the verdicts mean", report.Verdicts.Select(v => $"{v.Title}{(v.Id == report.Verdict.Id ? " (this result)" : "")}: {v.Summary}"), "");
        yield return _parts.Titled("Answers given", AnswersTable());
        if (assessment.Notes is { } notes)
        {
            yield return _parts.Titled("Notes", _parts.Paragraph(notes, Body));
        }
        yield return _parts.References();
    }

    private Column TitleBlock()
    {
        var lines = _parts.TitleLines("RUST RECOMMENDATION", assessment.Title, assessment.CreatedAt, assessment.ContentVersion, assessment.RevisitBy, date);
        lines.Add(_parts.Paragraph($"Status: {AssessmentStatuses.Summary(history, t => t)}", Strong));
        return new Column(lines, spacing: 1);
    }

    private Box VerdictBox()
    {
        var lines = new List<Element> { _parts.Paragraph("VERDICT", Label), _parts.Paragraph(report.Verdict.Title, VerdictTitle), _parts.Paragraph(report.Verdict.Summary, Body) };
        if (report.Scores is { } scores)
        {
            lines.Add(_parts.Paragraph($"Need {scores.Need}/100 · readiness {scores.Readiness}/100 · confidence {report.Confidence}", Strong));
            lines.Add(_parts.Paragraph("Need: how much the component needs what Rust gives. Readiness: how well the team can carry Rust here now.", Small));
            lines.Add(AxesChart.Of(scores));
        }
        else
        {
            lines.Add(_parts.Paragraph($"Rust fit {report.RustFit}/100 · confidence {report.Confidence}", Strong));
            lines.Add(FitBar(report.RustFit / 100f));
        }
        lines.Add(_parts.Paragraph($"Why: {report.DecidedBy.Text} {_parts.Cite(report.DecidedBy.SourceIds)}", Body));
        if (report.DecidingAnswers.Length > 0)
        {
            lines.Add(_parts.Paragraph($"What it turns on here: {string.Join("; ", report.DecidingAnswers)}.", Body));
        }
        return new Box(new Column(lines, spacing: 3), Soft, 10);
    }

    private Box TodayBox(TodaysResult today)
    {
        var lines = new List<Element>
        {
            _parts.Paragraph("UNDER TODAY'S CONTENT", Label),
            _parts.Paragraph($"This would {(today.VerdictChanged ? "be" : "still be")} {today.Verdict.Title}: Rust fit {today.RustFit} " +
                $"(saved: {today.VerdictThen.Title}, fit {today.RustFitThen}). The saved result in this report is unchanged.", Body),
        };
        lines.AddRange(today.ReasonsGained.Select(r => $"Gained: {Signed(r.Direction, r.WeightNow)} {r.Text}")
            .Concat(today.ReasonsLost.Select(r => $"Lost: {Signed(r.Direction, r.WeightThen)} {r.Text}"))
            .Concat(today.ReasonsReweighted.Select(r => $"Re-weighted {r.WeightThen} → {Signed(r.Direction, r.WeightNow)}: {r.Text}"))
            .Select(change => _parts.Paragraph(change, Body)));
        lines.Add(_parts.Paragraph(today.ChangedFiles is { } files
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
            yield return _parts.Paragraph(label, style);
            if (reasons.Count == 0)
            {
                yield return _parts.Paragraph(none, Small);
            }
            for (var i = 0; i < reasons.Count; i += 2)
            {
                yield return new KeepTogether(new Row([
                    new RowItem(Reason(reasons[i]), Relative: 1),
                    new RowItem(i + 1 < reasons.Count ? Reason(reasons[i + 1]) : Shape.Gap(0), Relative: 1),
                ], spacing: 16));
            }
        }
        return _parts.Titled(title, new Column([
            .. Side("FOR RUST", ForLabel, [.. forRust], "No reason for Rust."),
            Shape.Gap(2),
            .. Side("AGAINST RUST", AgainstLabel, [.. againstRust], "No reason against Rust."),
        ], spacing: 5));
    }

    private Element Reason(ReportReason reason)
    {
        var weight = _parts.Paragraph($"{(reason.Direction == "for" ? "+" : "−")}{reason.Weight}", reason.Direction == "for" ? WeightFor : WeightAgainst);
        var text = new Column([
            _parts.Paragraph(reason.Text, Body),
            _parts.Paragraph($"{string.Join(", ", reason.Questions)} · {_parts.Cite(reason.SourceIds)}{Quoted(reason.Quotes)}", Small),
        ]);
        return new Row([new RowItem(weight, Constant: 24), new RowItem(text, Relative: 1)]);
    }

    private Element MarkdownSection(string title, string markdown) =>
        _parts.Titled(title, new Column(PlainMarkdown.Blocks(markdown).Select(block => block.IsListItem ? (Element)_parts.Bullet(block.Text) : _parts.Paragraph(block.Text, Body)), spacing: 3));

    private Table AnswersTable()
    {
        var rows = new List<IReadOnlyList<Element>>();
        string? step = null;
        foreach (var answer in report.Answers)
        {
            if (answer.Step != step)
            {
                step = answer.Step;
                rows.Add([_parts.Paragraph(step.ToUpperInvariant(), Label), Shape.Gap(0)]);
            }
            rows.Add([_parts.Paragraph(answer.Question, Body), _parts.Paragraph(answer.Answer ?? "I don't know yet", answer.Answer is null ? Small : Body)]);
        }
        return new Table([55, 45], () => [_parts.Paragraph("Question", Strong), _parts.Paragraph("Answer", Strong)], rows);
    }

    private string Quoted(IEnumerable<ReportQuote> quotes) => string.Concat(quotes.Select(q => $" [{_parts.Number(q.SourceId)}] \u201c{q.Text}\u201d"));

    private static Shape FitBar(float fraction) => new(14, (canvas, area) =>
    {
        canvas.FillRectangle(new Rect(area.X, area.Y + 3, 220, 8), Track, 4);
        canvas.FillRectangle(new Rect(area.X, area.Y + 3, 220 * Math.Clamp(fraction, 0, 1), 8), Accent, 4);
    });

}
