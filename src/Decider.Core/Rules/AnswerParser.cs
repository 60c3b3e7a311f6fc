using System.Collections.Immutable;
using Decider.Core.Content;

namespace Decider.Core.Rules;

/// <summary>How an answer was written: one option id, a list of them, or something that is neither.</summary>
public enum AnswerShape
{
    One,
    List,
    Unreadable,
}

/// <summary>One answer as it was given, before it is checked against the content.</summary>
public sealed record GivenAnswer(AnswerShape Shape, ImmutableArray<string> OptionIds)
{
    public static GivenAnswer One(string optionId) => new(AnswerShape.One, [optionId]);

    public static GivenAnswer List(IEnumerable<string> optionIds) => new(AnswerShape.List, [.. optionIds]);

    public static readonly GivenAnswer Unreadable = new(AnswerShape.Unreadable, []);
}

/// <summary>
/// The canonical answers among those given, and a problem a person can read for each answer that is not one, keyed by
/// question id. <see cref="Answers"/> holds every answer that is valid even when others are not, so stored answers
/// can be taken back with what today's content no longer accepts left out and named.
/// </summary>
public sealed record ParsedAnswers(AnswerSet Answers, ImmutableArray<AnswerError> Errors)
{
    public bool IsValid => Errors.IsEmpty;

    public bool HasError(string questionId) => Errors.Any(e => e.QuestionId == questionId);
}

/// <summary>What is wrong with the answer to one question, in the order the answers were given.</summary>
public sealed record AnswerError(string QuestionId, string Message);

/// <summary>
/// The one place that decides what an answer is. A single-choice question takes one option id, a multi-choice one a
/// list (empty for "none of these"); an absent or null answer is "don't know yet". Options come back de-duplicated
/// and in the content's order, so the same answer always has the same form.
/// </summary>
public static class AnswerParser
{
    public static ParsedAnswers Parse(DecisionContent content, IEnumerable<KeyValuePair<string, GivenAnswer?>> given)
    {
        var answers = new List<KeyValuePair<string, ImmutableArray<string>>>();
        var errors = ImmutableArray.CreateBuilder<AnswerError>();
        foreach (var (questionId, answer) in given)
        {
            if (content.FindQuestion(questionId) is not { } question)
            {
                errors.Add(new AnswerError(questionId, $"unknown question '{questionId}'; known questions: {string.Join(", ", content.Questions.Select(q => q.Id))}"));
            }
            else if (answer is null)
            {
                continue;
            }
            else if (Problem(question, answer) is { } problem)
            {
                errors.Add(new AnswerError(questionId, problem));
            }
            else
            {
                answers.Add(KeyValuePair.Create(questionId, Canonical(question, answer.OptionIds)));
            }
        }
        return new ParsedAnswers(AnswerSet.From(answers), errors.ToImmutable());
    }

    private static ImmutableArray<string> Canonical(Question question, ImmutableArray<string> optionIds) =>
        [.. question.Options.Select(o => o.Id).Where(optionIds.Contains)];

    private static string? Problem(Question question, GivenAnswer answer)
    {
        var options = string.Join(", ", question.Options.Select(o => o.Id));
        return (answer.Shape, question.Kind) switch
        {
            (AnswerShape.One, QuestionKind.Single) or (AnswerShape.List, QuestionKind.Multi) =>
                answer.OptionIds.FirstOrDefault(o => question.FindOption(o) is null) is { } unknown
                    ? $"'{unknown}' is not an option of '{question.Id}'; its options: {options}"
                    : null,
            (AnswerShape.List, QuestionKind.Single) => $"'{question.Id}' takes one option id as a string, not an array; one of: {options}",
            (AnswerShape.One, QuestionKind.Multi) => $"'{question.Id}' takes an array of option ids, not a string; any of: {options}",
            (_, QuestionKind.Single) => $"'{question.Id}' takes one option id as a string; one of: {options}",
            _ => $"'{question.Id}' takes an array of option ids (strings); any of: {options}",
        };
    }
}
