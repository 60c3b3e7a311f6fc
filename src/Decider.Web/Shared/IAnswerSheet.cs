namespace Decider.Web.Shared;

/// <summary>
/// Answers being given, as a question card reads and changes them: the wizard's draft, a team participant's answers,
/// or one part of a system (its team profile or one component).
/// </summary>
public interface IAnswerSheet
{
    DecisionContent Content { get; }

    AnswerSet Answers { get; }

    /// <summary>Per question: an earlier answer that the current content no longer offers.</summary>
    IReadOnlyDictionary<string, string> Notices { get; }

    void Choose(string questionId, params string[] optionIds);

    void Toggle(string questionId, string optionId);

    void SetDontKnow(string questionId);
}
