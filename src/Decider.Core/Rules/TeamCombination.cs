using System.Collections.Immutable;
using Decider.Core.Content;

namespace Decider.Core.Rules;

/// <summary>One person's answers in a team session, with the short reasons they gave, by question id.</summary>
public sealed record Participant(string Name, AnswerSet Answers, ImmutableSortedDictionary<string, string>? Reasons = null)
{
    public string? ReasonFor(string questionId) => Reasons?.GetValueOrDefault(questionId);
}

/// <summary>The reason one participant gave for their answer.</summary>
public sealed record ParticipantReason(string Name, string Text);

/// <summary>
/// A distinct answer to a question (null for "I don't know yet", empty for "none of these"), who gave it and why, and
/// the verdict of the combined answers with it.
/// </summary>
public sealed record TeamAnswer(ImmutableArray<string>? Options, ImmutableArray<string> Names, ImmutableArray<ParticipantReason> Reasons, Verdict Verdict);

/// <summary>One distinct answer to a question (null for "don't know", empty for "none of these"), who gave it and why.</summary>
public sealed record AnswerGroup(ImmutableArray<string>? Options, ImmutableArray<string> Names, ImmutableArray<ParticipantReason> Reasons);

/// <summary>The lead's answer for a contested question (null options for "I don't know yet"), with an optional note.</summary>
public sealed record Resolution(string QuestionId, ImmutableArray<string>? Options, string? Note);

/// <summary>
/// A question the team answered in more than one way; <see cref="FlipsVerdict"/> when one of the ways changes the
/// verdict, <see cref="Tied"/> when the most common answers tie, and the lead's <see cref="Resolution"/> once given.
/// </summary>
public sealed record Disagreement(Question Question, ImmutableArray<TeamAnswer> Answers, bool FlipsVerdict, bool Tied, Resolution? Resolution)
{
    /// <summary>A tie nobody has settled: the combined answer is "don't know" only because the team split evenly.</summary>
    public bool UnresolvedTie => Tied && Resolution is null;

    /// <summary>Who gave another answer than the one the team's result took.</summary>
    public ImmutableArray<string> DisagreedWith(ImmutableArray<string>? teamAnswer) =>
        [.. Answers.Where(a => !TeamCombination.SameAnswer(a.Options, teamAnswer)).SelectMany(a => a.Names)];
}

/// <summary>The team's combined answers, their evaluation, and the questions the team answered differently.</summary>
public sealed record TeamResult(AnswerSet Combined, Evaluation Evaluation, ImmutableArray<Disagreement> Disagreements)
{
    public IEnumerable<Disagreement> Flipping => Disagreements.Where(d => d.FlipsVerdict);

    public IEnumerable<Disagreement> UnresolvedTies => Disagreements.Where(d => d.UnresolvedTie);
}

/// <summary>
/// Combines a team's answers. The rule: a question the lead resolved takes the lead's answer; any other takes the
/// answer most participants gave, where "I don't know yet" counts as an answer too; when two or more answers are
/// equally common, the question stays "don't know", so the combined result never takes a side the team has not.
/// Answers compare as sets of options, so the order a multi-choice answer was ticked in does not matter, and "none
/// of these" is an answer of its own, not "don't know". Each question answered in more than one way is then
/// evaluated with each of those answers in turn, to show which would change the verdict.
/// </summary>
public static class TeamCombination
{
    public const string Rule = "Each question takes the answer most participants gave (\u201cI don't know yet\u201d counts as an answer); "
        + "when answers tie, the question stays \u201cI don't know yet\u201d until the lead settles it; a question the lead settled takes the lead's answer.";

    public static TeamResult Combine(DecisionEngine engine, IReadOnlyList<Participant> participants,
        IReadOnlyDictionary<string, Resolution>? resolutions = null)
    {
        var content = engine.Content;
        var groups = content.Questions.ToDictionary(q => q.Id, q => GroupAnswers(q, participants), StringComparer.Ordinal);
        var settled = (resolutions ?? ImmutableDictionary<string, Resolution>.Empty)
            .Where(r => groups.TryGetValue(r.Key, out var answers) && answers.Count > 1)
            .ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        var combined = AnswerSet.Empty;
        foreach (var (questionId, answers) in groups.Where(g => g.Value.Count > 0))
        {
            var chosen = settled.TryGetValue(questionId, out var resolution)
                ? resolution.Options
                : answers.Count(a => a.Names.Length == answers[0].Names.Length) == 1 ? answers[0].Options : null;
            if (chosen is { } options)
            {
                combined = combined.With(questionId, options);
            }
        }
        var evaluation = engine.Evaluate(combined);
        var disagreements = content.Questions
            .Where(q => groups[q.Id].Count > 1)
            .Select(q => Disagreement(engine, evaluation, q, groups[q.Id], settled.GetValueOrDefault(q.Id)))
            .OrderByDescending(d => d.FlipsVerdict)
            .ToImmutableArray();
        return new TeamResult(evaluation.Answers, evaluation, disagreements);
    }

    /// <summary>Whether two answers are the same: both "don't know", or the same set of options.</summary>
    public static bool SameAnswer(ImmutableArray<string>? a, ImmutableArray<string>? b) =>
        (a, b) switch
        {
            (null, null) => true,
            ({ } x, { } y) => x.ToHashSet(StringComparer.Ordinal).SetEquals(y),
            _ => false,
        };

    /// <summary>
    /// The distinct answers to a question, most common first; among equally common ones, in the content's option
    /// order, "none of these" after the options and "don't know" last. The one grouping the combined result and every
    /// view of who answered what use.
    /// </summary>
    public static List<AnswerGroup> GroupAnswers(Question question, IReadOnlyList<Participant> participants) =>
        [.. participants
            .GroupBy(p => Key(p.Answers.Get(question.Id)), StringComparer.Ordinal)
            .Select(g => new AnswerGroup(
                g.First().Answers.Get(question.Id) is { } options ? [.. options.OrderBy(o => OptionIndex(question, o))] : null,
                [.. g.Select(p => p.Name)],
                [.. g.Where(p => !string.IsNullOrWhiteSpace(p.ReasonFor(question.Id))).Select(p => new ParticipantReason(p.Name, p.ReasonFor(question.Id)!))]))
            .OrderByDescending(g => g.Names.Length)
            .ThenBy(g => g.Options switch
            {
                null => int.MaxValue,
                { IsEmpty: true } => int.MaxValue - 1,
                { } options => options.Min(o => OptionIndex(question, o)),
            })];

    private static string Key(ImmutableArray<string>? options) =>
        options is { } chosen ? "[" + string.Join(",", chosen.Order(StringComparer.Ordinal)) + "]" : "?";

    private static int OptionIndex(Question question, string optionId) =>
        question.FindOption(optionId) is { } option ? question.Options.IndexOf(option) : int.MaxValue - 2;

    private static Disagreement Disagreement(DecisionEngine engine, Evaluation evaluation, Question question, List<AnswerGroup> answers, Resolution? resolution)
    {
        var combined = evaluation.Answers;
        var ways = answers.Select(a =>
        {
            var with = engine.Evaluate(a.Options is { } options ? combined.With(question.Id, options) : combined.Without(question.Id));
            return new TeamAnswer(a.Options, a.Names, a.Reasons, with.Verdict);
        }).ToImmutableArray();
        return new Disagreement(question, ways, ways.Any(w => w.Verdict.Id != evaluation.Verdict.Id),
            answers[0].Names.Length == answers[1].Names.Length, resolution);
    }
}
