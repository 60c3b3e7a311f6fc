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

    public static string Labels(Question question, IEnumerable<string>? optionIds) =>
        optionIds?.Any() == true ? string.Join(", ", optionIds.Select(o => question.FindOption(o)?.Label ?? o)) : "none of these";
}
