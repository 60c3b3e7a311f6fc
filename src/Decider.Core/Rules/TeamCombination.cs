using System.Collections.Immutable;
using Decider.Core.Content;

namespace Decider.Core.Rules;

/// <summary>One person's answers in a team session.</summary>
public sealed record Participant(string Name, AnswerSet Answers);

/// <summary>A distinct answer to a question, who gave it, and the verdict of the combined answers with it.</summary>
public sealed record TeamAnswer(ImmutableArray<string>? Options, ImmutableArray<string> Names, Verdict Verdict);

/// <summary>
/// A question the team answered in more than one way; <see cref="FlipsVerdict"/> when one of the ways changes the
/// verdict, <see cref="Tied"/> when the most common answers tie and the combined answer is "don't know" for that.
/// </summary>
public sealed record Disagreement(Question Question, ImmutableArray<TeamAnswer> Answers, bool FlipsVerdict, bool Tied);

/// <summary>The team's combined answers, their evaluation, and the questions the team answered differently.</summary>
public sealed record TeamResult(AnswerSet Combined, Evaluation Evaluation, ImmutableArray<Disagreement> Disagreements)
{
    public IEnumerable<Disagreement> Flipping => Disagreements.Where(d => d.FlipsVerdict);
}

/// <summary>
/// Combines a team's answers. The rule: each question takes the answer most participants gave, where
/// "I don't know yet" counts as an answer too; when two or more answers are equally common, the question
/// stays "don't know", so the combined result never takes a side the team has not. Each question answered
/// in more than one way is then evaluated with each of those answers in turn, to show which disagreements
/// would change the verdict and which would not.
/// </summary>
public static class TeamCombination
{
    public const string Rule = "Each question takes the answer most participants gave (\u201cI don't know yet\u201d counts as an answer); "
        + "when answers tie, the question stays \u201cI don't know yet\u201d.";

    public static TeamResult Combine(DecisionEngine engine, IReadOnlyList<Participant> participants)
    {
        var content = engine.Content;
        var groups = content.Questions.ToDictionary(q => q.Id, q => GroupAnswers(q, participants), StringComparer.Ordinal);
        var combined = AnswerSet.Empty;
        foreach (var (questionId, answers) in groups.Where(g => g.Value.Count > 0))
        {
            var top = answers.Where(a => a.Names.Length == answers[0].Names.Length).ToList();
            if (top is [{ Options: { } options }])
            {
                combined = combined.With(questionId, options);
            }
        }
        var evaluation = engine.Evaluate(combined);
        var disagreements = content.Questions
            .Where(q => groups[q.Id].Count > 1)
            .Select(q => Disagreement(engine, combined, evaluation, q, groups[q.Id]))
            .OrderByDescending(d => d.FlipsVerdict)
            .ToImmutableArray();
        return new TeamResult(combined, evaluation, disagreements);
    }

    /// <summary>The distinct answers to a question, most common first, then in the content's option order.</summary>
    private static List<(ImmutableArray<string>? Options, ImmutableArray<string> Names)> GroupAnswers(Question question, IReadOnlyList<Participant> participants) =>
        [.. participants
            .GroupBy(p => p.Answers.Get(question.Id) is { } options ? string.Join(",", options) : "", StringComparer.Ordinal)
            .Select(g => (Options: g.First().Answers.Get(question.Id), Names: g.Select(p => p.Name).ToImmutableArray()))
            .OrderByDescending(g => g.Names.Length)
            .ThenBy(g => g.Options is { } options ? options.Min(o => question.Options.IndexOf(question.FindOption(o)!)) : int.MaxValue)];

    private static Disagreement Disagreement(DecisionEngine engine, AnswerSet combined, Evaluation evaluation, Question question,
        List<(ImmutableArray<string>? Options, ImmutableArray<string> Names)> answers)
    {
        var ways = answers.Select(a =>
        {
            var with = engine.Evaluate(a.Options is { } options ? combined.With(question.Id, options) : combined.Without(question.Id));
            return new TeamAnswer(a.Options, a.Names, with.Verdict);
        }).ToImmutableArray();
        return new Disagreement(question, ways, ways.Any(w => w.Verdict.Id != evaluation.Verdict.Id), answers[0].Names.Length == answers[1].Names.Length);
    }
}
