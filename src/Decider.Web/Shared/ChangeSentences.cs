using System.Collections.Immutable;

namespace Decider.Web.Shared;

/// <summary>Counterfactuals as plain sentences: "If Rust reviewers were “Two or three people” instead of “One person”".</summary>
public static class ChangeSentences
{
    public static string Describe(Counterfactual counterfactual, DecisionContent content) =>
        "If " + string.Join(" and ", counterfactual.Changes.Select(c => Describe(c, content)));

    public static string Describe(AnswerChange change, DecisionContent content)
    {
        var question = content.Question(change.QuestionId);
        var to = Labels(question, change.To);
        return change.From is null
            ? $"{question.ShortTitle} were \u201c{to}\u201d (not answered yet)"
            : $"{question.ShortTitle} were \u201c{to}\u201d instead of \u201c{Labels(question, change.From)}\u201d";
    }

    /// <summary>
    /// The answers the verdict hinges on, as "Revisit when …" sentences: each way that answers already given,
    /// if they changed, would change the verdict. Questions left open are listed as open questions instead.
    /// </summary>
    public static ImmutableArray<string> RevisitWhen(Evaluation evaluation, DecisionContent content) =>
        [.. evaluation.Counterfactuals
            .Where(c => c.Changes.All(change => change.From is not null))
            .Select(c => $"Revisit when {string.Join(" and ", c.Changes.Select(change => Revisit(change, content)))}: " +
                $"the verdict would become \u201c{c.Verdict.Title}\u201d.")];

    private static string Revisit(AnswerChange change, DecisionContent content)
    {
        var question = content.Question(change.QuestionId);
        return change.To is { Length: 1 } to && question.FindOption(to[0])?.Revisit is { } phrase
            ? phrase
            : $"{question.ShortTitle} becomes \u201c{Labels(question, change.To)}\u201d";
    }

    /// <summary>The answer given as labels, or "I don't know yet" when the question was left open.</summary>
    public static string Answer(Question question, ImmutableArray<string>? optionIds) =>
        optionIds is { } chosen ? Labels(question, chosen) : "I don't know yet";

    public static string Labels(Question question, IEnumerable<string>? optionIds) =>
        optionIds?.Any() == true ? string.Join(", ", optionIds.Select(o => question.FindOption(o)?.Label ?? o)) : "none of these";
}
