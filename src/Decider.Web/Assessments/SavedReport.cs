using System.Text.Json;
using System.Collections.Immutable;
using Decider.Web.Shared;

namespace Decider.Web.Assessments;

/// <summary>
/// What the share page, the PDF and the ADR show of a result, frozen when it is saved so that later
/// content changes never rewrite a saved decision. <see cref="Result"/> is the evaluate response exactly as the API
/// returned it when the assessment was saved. <see cref="DecidedBySpike"/> is the spike whose end review decided a
/// revision, when one did: its verdict then comes from the numbers, not from the procedure.
/// </summary>
public sealed record SavedReport(
    ReportVerdict Verdict,
    int RustFit,
    string Confidence,
    ReportGate DecidedBy,
    ImmutableArray<ReportReason> Reasons,
    ImmutableArray<ReportQuestion> OpenQuestions,
    ImmutableArray<ReportCounterfactual> Counterfactuals,
    ImmutableArray<ReportAnswer> Answers,
    ImmutableArray<Source> Sources,
    ImmutableArray<ReportVerdictOption> Verdicts,
    ImmutableArray<string> RevisitWhen,
    ImmutableSortedDictionary<string, string>? ContentFiles,
    string ContentVersion,
    ReportTeam? Team = null,
    ReportScores? Scores = null,
    ImmutableArray<ReportDifference> WhereSourcesDiffer = default,
    ImmutableArray<string> FindOutFirst = default,
    ImmutableArray<string> DecidingAnswers = default,
    JsonElement? Result = null,
    string? DecidedBySpike = null)
{
    /// <summary>
    /// The stored report. Reports saved before a part was kept read back without it: no revisit sentences, no
    /// file digests (which files changed since is then unknown), and, from before the two axes, no need and
    /// readiness scores, reason axes, quotes or differences between the sources.
    /// </summary>
    public static SavedReport Of(Assessment assessment)
    {
        var report = System.Text.Json.JsonSerializer.Deserialize<SavedReport>(assessment.ReportJson, System.Text.Json.JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Assessment {assessment.Id} has no report.");
        return report with
        {
            RevisitWhen = OrEmpty(report.RevisitWhen),
            WhereSourcesDiffer = OrEmpty(report.WhereSourcesDiffer),
            FindOutFirst = OrEmpty(report.FindOutFirst),
            DecidingAnswers = OrEmpty(report.DecidingAnswers),
            Reasons = [.. report.Reasons.Select(r => r with { Quotes = OrEmpty(r.Quotes) })],
            DecidedBy = report.DecidedBy with { Quotes = OrEmpty(report.DecidedBy.Quotes) },
            Team = report.Team?.WithDefaults(),
        };
    }

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    public IEnumerable<ReportReason> For => Reasons.Where(r => r.Direction == "for");

    public IEnumerable<ReportReason> Against => Reasons.Where(r => r.Direction == "against");

    /// <summary>The reasons on one axis and in one direction; empty for a report saved before the two axes.</summary>
    public IEnumerable<ReportReason> On(Axis axis, Direction direction) =>
        Reasons.Where(r => r.Axis == Evaluate.EvaluationResponse.Name(axis) && r.Direction == Evaluate.EvaluationResponse.Name(direction));

    /// <summary>Advice the team can act on; a report saved before advice had kinds counts all of it.</summary>
    public IEnumerable<ReportCounterfactual> Actions => Counterfactuals.Where(c => c.Kind is null or "action");

    public Source Source(string id) => Sources.First(s => s.Id == id);

    public static SavedReport From(Evaluation evaluation, DecisionContent content)
    {
        var cited = evaluation.Reasons.SelectMany(r => r.SourceIds).Concat(evaluation.DecidedBy.SourceIds)
            .Concat(evaluation.WhereSourcesDiffer.SelectMany(d => d.SourceIds)).ToHashSet();
        var steps = content.Steps.ToDictionary(s => s.Id, s => s.Title);
        var open = evaluation.OpenQuestions.Select(q => q.Id).ToHashSet();
        return new SavedReport(
            new ReportVerdict(evaluation.Verdict.Id, evaluation.Verdict.Title, evaluation.Verdict.Summary,
                evaluation.Verdict.MeaningMarkdown, evaluation.Verdict.NextStepsMarkdown, evaluation.Verdict.SpikePlanMarkdown),
            evaluation.RustFit,
            evaluation.Confidence.ToString().ToLowerInvariant(),
            new ReportGate(evaluation.DecidedBy.Id, evaluation.DecidedBy.Text, evaluation.DecidedBy.SourceIds, Quotes(evaluation.DecidedBy.Quotes)),
            [.. evaluation.Reasons.Select(r => ReportReason.Of(r, content))],
            [.. evaluation.OpenQuestions.Select(q => new ReportQuestion(q.Id, q.Title))],
            [.. evaluation.Counterfactuals.Select(c => new ReportCounterfactual(ChangeSentences.Describe(c, content), c.Verdict.Id, c.Verdict.Title, c.RustFit,
                Evaluate.EvaluationResponse.Name(c.Kind)))],
            [.. content.Questions
                .Where(q => evaluation.Answers.IsAnswered(q.Id) || open.Contains(q.Id))
                .Select(q => new ReportAnswer(q.Id, q.Title, steps[q.StepId],
                    evaluation.Answers.Get(q.Id) is { } chosen ? ChangeSentences.Labels(q, chosen) : null))],
            [.. content.Sources.Where(s => cited.Contains(s.Id))],
            [.. content.Verdicts.Select(v => new ReportVerdictOption(v.Id, v.Title, v.Summary))],
            ChangeSentences.RevisitWhen(evaluation, content),
            content.FileHashes,
            evaluation.ContentVersion,
            Scores: ReportScores.Of(evaluation, content.Policy),
            WhereSourcesDiffer: [.. evaluation.WhereSourcesDiffer.Select(d => new ReportDifference(d.Text, d.SourceIds, Quotes(d.Quotes)))],
            FindOutFirst: [.. evaluation.FindOutFirst.Select(ChangeSentences.FindOutFirst)],
            DecidingAnswers: ChangeSentences.AnswersBehind(evaluation.Deciding, evaluation.Answers, content));
    }

    public static ImmutableArray<ReportQuote> Quotes(ImmutableArray<Quote> quotes) => [.. quotes.Select(q => new ReportQuote(q.SourceId, q.Text))];
}

/// <summary>
/// Need and readiness, with the thresholds of the content they were scored under, so the need × readiness chart of a
/// saved report draws the regions it was decided by.
/// </summary>
public sealed record ReportScores(int Need, int Readiness, int NeedSome, int NeedStrong, int ReadinessSpike, int ReadinessReady)
{
    public static ReportScores Of(Evaluation evaluation, DecisionPolicy policy) => At(evaluation.Need, evaluation.Readiness, policy);

    /// <summary>Any point on the chart with the policy's thresholds.</summary>
    public static ReportScores At(int need, int readiness, DecisionPolicy policy) => new(
        need,
        readiness,
        policy.NeedThresholds.GetValueOrDefault("some", 50),
        policy.NeedThresholds.GetValueOrDefault("strong", 70),
        policy.ReadinessThresholds.GetValueOrDefault("spike", 40),
        policy.ReadinessThresholds.GetValueOrDefault("ready", 60));
}

/// <summary>A case where the articles disagree, with the sources that do.</summary>
public sealed record ReportDifference(string Text, ImmutableArray<string> SourceIds, ImmutableArray<ReportQuote> Quotes);

/// <summary>A few words quoted exactly from a source.</summary>
public sealed record ReportQuote(string SourceId, string Text);

public sealed record ReportVerdict(string Id, string Title, string Summary, string MeaningMarkdown, string NextStepsMarkdown, string? SpikePlanMarkdown);

public sealed record ReportVerdictOption(string Id, string Title, string Summary);

public sealed record ReportGate(string Id, string Text, ImmutableArray<string> SourceIds, ImmutableArray<ReportQuote> Quotes = default);

/// <summary>A reason; <see cref="Axis"/> is null for a report saved before the two axes.</summary>
public sealed record ReportReason(string Id, string Direction, int Weight, string Text, ImmutableArray<string> Questions, ImmutableArray<string> SourceIds,
    string? Axis = null, ImmutableArray<ReportQuote> Quotes = default)
{
    public static ReportReason Of(Rule rule, DecisionContent content) => new(rule.Id, Evaluate.EvaluationResponse.Name(rule.Direction), rule.Weight, rule.Text,
        [.. rule.QuestionIds.Select(q => content.Question(q).ShortTitle)], rule.SourceIds, Evaluate.EvaluationResponse.Name(rule.Axis), SavedReport.Quotes(rule.Quotes));
}

public sealed record ReportQuestion(string Id, string Title);

/// <summary>Advice; <see cref="Kind"/> is "action" or "circumstance", null for a report saved before advice had kinds.</summary>
public sealed record ReportCounterfactual(string Sentence, string VerdictId, string VerdictTitle, int RustFit, string? Kind = null);

/// <summary>A question and the answer given, as labels; <see cref="Answer"/> is null for "I don't know yet".</summary>
public sealed record ReportAnswer(string QuestionId, string Question, string Step, string? Answer);

/// <summary>
/// A result saved from a team session: how many took part, the combining rule, the questions they answered
/// differently, and the lead's answer for each question the lead settled.
/// </summary>
public sealed record ReportTeam(int Participants, string Rule, ImmutableArray<ReportContested> Contested, ImmutableArray<ReportResolution> Resolutions = default)
{
    public static ReportTeam From(TeamResult team, int participants) => new(
        participants,
        TeamCombination.Rule,
        [.. team.Disagreements.Select(d => new ReportContested(d.Question.Id, d.Question.Title, d.FlipsVerdict, TeamAnswerOf(d, team),
            [.. d.Answers.Select(a => new ReportTeamAnswer(ChangeSentences.Answer(d.Question, a.Options), a.Names.Length, a.Verdict.Title,
                [.. a.Reasons.Select(r => $"{r.Name}: {r.Text}")]))],
            d.UnresolvedTie))],
        [.. team.Disagreements.Where(d => d.Resolution is not null).Select(d => new ReportResolution(d.Question.Id, d.Question.Title,
            ChangeSentences.Answer(d.Question, d.Resolution!.Options), d.DisagreedWith(d.Resolution.Options), d.Resolution.Note))]);

    /// <summary>The answer the team's result took, saying so when the lead settled it or a tie left it "don't know".</summary>
    public static string TeamAnswerOf(Disagreement disagreement, TeamResult team)
    {
        var answer = ChangeSentences.Answer(disagreement.Question, team.Combined.Get(disagreement.Question.Id));
        return disagreement.Resolution is not null ? $"{answer} (settled by the lead)"
            : disagreement.UnresolvedTie ? "I don't know yet (the most common answers tie, and the lead has not settled it)"
            : answer;
    }

    /// <summary>A report saved before resolutions and reasons were kept reads back with none.</summary>
    public ReportTeam WithDefaults() => this with
    {
        Resolutions = Resolutions.IsDefault ? [] : Resolutions,
        Contested = [.. Contested.Select(c => c with { Answers = [.. c.Answers.Select(a => a.Reasons.IsDefault ? a with { Reasons = [] } : a)] })],
    };
}

/// <summary>
/// A question the team answered in more than one way: the answer the team's result took, whether one of the ways
/// changes the verdict, and whether it is a tie nobody settled.
/// </summary>
public sealed record ReportContested(string QuestionId, string Question, bool FlipsVerdict, string TeamAnswer, ImmutableArray<ReportTeamAnswer> Answers,
    bool UnresolvedTie = false);

/// <summary>One of the ways a contested question was answered, by how many, the verdict with it, and the reasons given ("Name: reason").</summary>
public sealed record ReportTeamAnswer(string Answer, int Count, string Verdict, ImmutableArray<string> Reasons = default);

/// <summary>The lead's answer for a contested question, who had answered otherwise, and the lead's note.</summary>
public sealed record ReportResolution(string QuestionId, string Question, string Answer, ImmutableArray<string> DisagreedWith, string? Note)
{
    /// <summary>One sentence for lists; <paramref name="text"/> escapes what people typed (names, the note) for the format at hand.</summary>
    public string Sentence(Func<string, string> text) =>
        $"{Question} — settled as “{Answer}”"
        + (DisagreedWith.IsEmpty ? "" : $"; {string.Join(", ", DisagreedWith.Select(text))} had answered otherwise")
        + (Note is { } note ? $". Note: {text(note)}" : "");
}
