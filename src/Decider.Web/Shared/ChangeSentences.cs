using System.Collections.Immutable;

namespace Decider.Web.Shared;

/// <summary>
/// Advice and open questions as sentences people read: an action as the step to take ("Train or hire a second Rust
/// reviewer"), a circumstance as "Revisit when …", an open question as what each answer would decide.
/// </summary>
public static class ChangeSentences
{
    /// <summary>The step or steps of an action, or for a circumstance the change it describes.</summary>
    public static string Describe(Counterfactual counterfactual, DecisionContent content) => Describe(counterfactual.Kind, counterfactual.Changes, content);

    public static string Describe(CounterfactualKind kind, IEnumerable<AnswerChange> changes, DecisionContent content) =>
        kind == CounterfactualKind.Action
            ? Capitalize(string.Join(" and ", changes.Select(c => Action(c, content))))
            : "If " + string.Join(" and ", changes.Select(c => Revisit(c, content)));

    /// <summary>The circumstances the verdict hinges on, as "Revisit when …" sentences.</summary>
    public static ImmutableArray<string> RevisitWhen(Evaluation evaluation, DecisionContent content) =>
        [.. evaluation.Counterfactuals
            .Where(c => c.Kind == CounterfactualKind.Circumstance)
            .Select(c => $"Revisit when {string.Join(" and ", c.Changes.Select(change => Revisit(change, content)))}: " +
                $"the verdict would become \u201c{c.Verdict.Title}\u201d.")];

    /// <summary>"Find out first" for an open question: which answers would give which verdict.</summary>
    public static string FindOutFirst(OpenQuestionOutcomes open) =>
        $"{Capitalize(open.Question.ShortTitle)}: " + string.Join("; ", open.Outcomes.Select(o =>
            $"if {string.Join(" or ", o.OptionIds.Select(id => $"\u201c{open.Question.FindOption(id)?.Label ?? id}\u201d"))}, {o.Verdict.Title}"));

    /// <summary>The answers behind the reasons a gate points at, such as "Rust reviewers: One person".</summary>
    public static ImmutableArray<string> AnswersBehind(IEnumerable<Rule> reasons, AnswerSet answers, DecisionContent content) =>
        [.. reasons.SelectMany(r => r.QuestionIds).Distinct()
            .Where(answers.IsAnswered)
            .Select(q => content.Question(q))
            .Select(q => $"{Capitalize(q.ShortTitle)}: {Labels(q, answers.Get(q.Id))}")];

    private static string Action(AnswerChange change, DecisionContent content)
    {
        var question = content.Question(change.QuestionId);
        return change.To is { Length: 1 } to && question.FindOption(to[0])?.Action is { } phrase
            ? phrase
            : $"make {question.ShortTitle} \u201c{Labels(question, change.To)}\u201d";
    }

    private static string Revisit(AnswerChange change, DecisionContent content)
    {
        var question = content.Question(change.QuestionId);
        return change.To is { Length: 1 } to && question.FindOption(to[0])?.Revisit is { } phrase
            ? phrase
            : $"{question.ShortTitle} becomes \u201c{Labels(question, change.To)}\u201d";
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The answer given as labels, or "I don't know yet" when the question was left open.</summary>
    public static string Answer(Question question, ImmutableArray<string>? optionIds) =>
        optionIds is { } chosen ? Labels(question, chosen) : "I don't know yet";

    public static string Labels(Question question, IEnumerable<string>? optionIds) =>
        optionIds?.Any() == true ? string.Join(", ", optionIds.Select(o => question.FindOption(o)?.Label ?? o)) : "none of these";
}
