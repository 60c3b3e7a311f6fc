using System.Collections.Immutable;

namespace Decider.Core.Content;

/// <summary>
/// One clause of a condition: the question's answer is one of <see cref="OptionIds"/>
/// (for a multi-choice question: at least one of them is chosen). The id <see cref="Condition.Unanswered"/>
/// matches a question left open.
/// </summary>
public sealed record Clause(string QuestionId, ImmutableArray<string> OptionIds);

/// <summary>A condition over answers: every clause holds.</summary>
public sealed record Condition(ImmutableArray<Clause> Clauses)
{
    public const string Unanswered = "unanswered";

    public IEnumerable<string> QuestionIds => Clauses.Select(c => c.QuestionId);

    /// <summary>
    /// Whether every clause holds for the answers. The engine scores through its compiled model; this is for the few
    /// places outside scoring that read a condition, such as which spike metrics fit.
    /// </summary>
    public bool HoldsFor(Rules.AnswerSet answers) => Clauses.All(c => answers.Get(c.QuestionId) is { } chosen
        ? c.OptionIds.Any(chosen.Contains)
        : c.OptionIds.Contains(Unanswered));
}
