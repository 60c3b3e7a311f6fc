using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Decider.Core.Systems;
using Decider.Web.Assessments;
using Decider.Web.Evaluate;
using Decider.Web.Reports.Layout;
using Decider.Web.Shared;
using Decider.Web.Systems;
using static Decider.Web.Reports.ReportTypography;

namespace Decider.Web.Reports;

/// <summary>
/// The PDF of a saved system, for the design review: the map first (the slice, every component's verdict and scores in
/// one table and one chart, the levers, the team's answers), then a page per component with its verdict, reasons and
/// answers, linked to its own assessment in the wizard. Everything comes from the map stored at save time;
/// <paramref name="today"/> is the map under today's content when that changed since.
/// </summary>
public sealed class SystemReport(SavedSystem system, DecisionContent content, SystemMap? today, DateOnly date, string shareUrl)
{
    private readonly SystemMapResponse _map = system.Map;
    private readonly ReportComposer _parts = new(shareUrl, CitedSources(system.Map, content));
    private readonly (AnswerSet Team, IReadOnlyList<SystemComponent> Components) _given = system.ToSystem(content);

    public Stream Render()
    {
        var slice = SystemWords.Slice(_map.Slice);
        return _parts.Render(Sections(), system.Title, slice, new DocumentInfo(system.Title, $"Decider system map: {slice}", system.CreatedAt));
    }

    private IEnumerable<Element> Sections()
    {
        yield return TitleBlock();
        yield return new Section("The map", MapBox());
        if (today is not null)
        {
            yield return _parts.List("Under today's content", _map.Components.Zip(today.Components).Select(pair =>
                pair.First.Result.Verdict.Id == pair.Second.Evaluation.Verdict.Id
                    ? $"{pair.First.Name}: still {pair.Second.Evaluation.Verdict.Title}"
                    : $"{pair.First.Name}: now {pair.Second.Evaluation.Verdict.Title} (saved: {pair.First.Result.Verdict.Title})"), "",
                footnote: "The decision content changed since this system was saved; the map above is the one saved.");
        }
        yield return _parts.List("What would move the most components", _map.Levers.Select(l => SystemWords.Lever(l, content)),
            "No single change to the team would move a component to another verdict.");
        yield return _parts.Titled("The team, answered once", AnswersTable(_given.Team, content.Questions.Where(q => q.About == QuestionAbout.Team)));
        if (system.Notes is { } notes)
        {
            yield return _parts.Titled("Notes", _parts.Paragraph(notes, Body));
        }
        for (var i = 0; i < _map.Components.Length; i++)
        {
            yield return new PageBreak();
            yield return ComponentPage(i + 1, _map.Components[i], _given.Components[i].Answers);
        }
        yield return _parts.References();
    }

    private Column TitleBlock() => new(_parts.TitleLines("RUST IN THE SYSTEM", system.Title, system.CreatedAt, system.ContentVersion, system.RevisitBy, date), spacing: 1);

    private Box MapBox()
    {
        var rows = _map.Components.Select((c, i) => (IReadOnlyList<Element>)[
            _parts.Paragraph((i + 1).ToString(CultureInfo.InvariantCulture), Body),
            _parts.Paragraph(c.Name, Strong),
            _parts.Paragraph(c.Result.Verdict.Title, Body),
            _parts.Paragraph($"{c.Result.Need}", Body),
            _parts.Paragraph($"{c.Result.Readiness}", Body),
            _parts.Paragraph(c.Result.Confidence.ToString().ToLowerInvariant(), Body),
        ]).ToList();
        return new Box(new Column([
            _parts.Paragraph(SystemWords.SliceSentence(_map.Slice), Strong),
            new Table([5, 25, 32, 9, 13, 16], () => [
                _parts.Paragraph("#", Strong), _parts.Paragraph("Component", Strong), _parts.Paragraph("Verdict", Strong),
                _parts.Paragraph("Need", Strong), _parts.Paragraph("Readiness", Strong), _parts.Paragraph("Confidence", Strong)], rows),
            AxesChart.Of(ReportScores.At(0, 0, content.Policy), SystemWords.Points(_map)),
            _parts.Paragraph("Each numbered point is the component of that row. " + NeedReadinessChart.RegionsNote, Small),
        ], spacing: 4), Soft, 10);
    }

    private Section ComponentPage(int number, ComponentResultResponse component, AnswerSet answers)
    {
        var result = component.Result;
        var link = new Uri(new Uri(shareUrl), $"/?system={system.Id}&component={number}").ToString();
        var reasons = result.Reasons.OrderByDescending(r => r.Weight).ToList();
        var actions = // A question the content has since dropped cannot be put in words; the step is left out rather than failing.
            result.Counterfactuals.Where(c => c.Kind == CounterfactualKind.Action && c.Changes.All(ch => content.FindQuestion(ch.Question) is not null))
            .Select(c => $"{ChangeSentences.Describe(c.Kind, c.Changes.Select(ToChange), content)} → {TitleOf(c.Verdict)}");
        return new Section($"{number}. {component.Name}", new Column([
            _parts.Paragraph($"COMPONENT {number} OF {_map.Components.Length}", Label),
            _parts.Paragraph(component.Name, Title),
            _parts.Paragraph($"Open it as an assessment of its own: {link}", SmallLink, link),
            ComponentAdr.Applies(component)
                ? _parts.Paragraph($"Its decision record (ADR): {Adr(number)}", SmallLink, Adr(number))
                : Shape.Gap(0),
            // The chart beside the verdict rather than under it keeps a component to about a page.
            new Box(new Row([
                new RowItem(new Column([
                    _parts.Paragraph(result.Verdict.Title, VerdictTitle),
                    _parts.Paragraph(result.Verdict.Summary, Body),
                    _parts.Paragraph($"Need {result.Need}/100 · readiness {result.Readiness}/100 · confidence {result.Confidence.ToString().ToLowerInvariant()}", Strong),
                    _parts.Paragraph($"Why: {result.DecidedBy.Text} {_parts.Cite(result.DecidedBy.Sources.Select(s => s.Id))}", Body),
                ], spacing: 3), Relative: 1),
                new RowItem(AxesChart.Of(ReportScores.At(result.Need, result.Readiness, content.Policy)), Constant: AxesChart.Width),
            ], spacing: 12), Soft, 10),
            _parts.List("For Rust", reasons.Where(r => r.Direction == Direction.For).Select(Reason), "No reason for Rust."),
            _parts.List("Against Rust", reasons.Where(r => r.Direction == Direction.Against).Select(Reason), "No reason against Rust."),
            _parts.List("What the team could do", actions, "No step the team can take would change it."),
            _parts.Titled("Its own answers", new Column([
                AnswersInTwoColumns(answers, content.Questions.Where(q => q.About == QuestionAbout.Component && answers.IsAnswered(q.Id))),
                _parts.Paragraph(result.OpenQuestions.IsEmpty ? "Every question was answered."
                    : $"Not answered yet: {string.Join("; ", result.OpenQuestions.Select(q => content.FindQuestion(q)?.ShortTitle ?? q))}.", Small),
            ], spacing: 4)),
        ], spacing: 6));
    }

    private string Adr(int number) => new Uri(new Uri(shareUrl), $"/s/{system.Id}/components/{number}/adr.md").ToString();

    private string Reason(ReasonResponse reason) =>
        $"{(reason.Direction == Direction.For ? "+" : "−")}{reason.Weight} {reason.Text} {_parts.Cite(reason.Sources.Select(s => s.Id))}";

    private Table AnswersTable(AnswerSet answers, IEnumerable<Question> questions) =>
        new([55, 45], () => [_parts.Paragraph("Question", Strong), _parts.Paragraph("Answer", Strong)],
            [.. questions.Select(q => (IReadOnlyList<Element>)[
                _parts.Paragraph(q.Title, Body),
                _parts.Paragraph(ChangeSentences.Answer(q, answers.Get(q.Id)), answers.IsAnswered(q.Id) ? Body : Small)])]);

    /// <summary>"Short title: answer" lines, half in each column, so a component's answers take a few lines.</summary>
    private Row AnswersInTwoColumns(AnswerSet answers, IEnumerable<Question> questions)
    {
        var lines = questions.Select(q => _parts.Paragraph($"{char.ToUpperInvariant(q.ShortTitle[0])}{q.ShortTitle[1..]}: {ChangeSentences.Answer(q, answers.Get(q.Id))}", Body)).ToList();
        var half = (lines.Count + 1) / 2;
        return new Row([new RowItem(new Column(lines.Take(half), spacing: 2), Relative: 1), new RowItem(new Column(lines.Skip(half), spacing: 2), Relative: 1)], spacing: 16);
    }

    private string TitleOf(string verdictId) => content.Verdicts.FirstOrDefault(v => v.Id == verdictId)?.Title ?? verdictId;

    /// <summary>A change as the stored map has it (one option id, or a list for a multi-choice question) back as the engine's.</summary>
    internal static AnswerChange ToChange(ChangeResponse change) => new(change.Question, Options(change.From), Options(change.To));

    private static ImmutableArray<string>? Options(object? value) => value switch
    {
        null => null,
        string one => [one],
        string[] many => [.. many],
        JsonElement { ValueKind: JsonValueKind.String } one => [one.GetString()!],
        JsonElement { ValueKind: JsonValueKind.Array } many => [.. many.EnumerateArray().Select(o => o.GetString()!)],
        _ => null,
    };

    /// <summary>The sources the map cites, in the content's order, numbered as References lists them.</summary>
    private static IEnumerable<Source> CitedSources(SystemMapResponse map, DecisionContent content)
    {
        var cited = map.Components.SelectMany(c => c.Result.Reasons.SelectMany(r => r.Sources).Concat(c.Result.DecidedBy.Sources))
            .DistinctBy(s => s.Id).ToList();
        // A source the content has since dropped is still listed, by the title stored with the map.
        return content.Sources.Where(s => cited.Any(c => c.Id == s.Id))
            .Concat(cited.Where(c => content.Sources.All(s => s.Id != c.Id)).Select(c => new Source(c.Id, c.Title, "", "")));
    }
}
