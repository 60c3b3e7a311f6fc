using System.Collections.Immutable;
using Decider.Core.Content;

namespace Decider.Core.Rules;

public enum Confidence
{
    High,
    Medium,
    Low,
}

/// <summary>
/// <see cref="Action"/>: advice that moves only levers, each a step the team can take. <see cref="Circumstance"/>: a fact
/// that may change with time, a reason to look at the decision again.
/// </summary>
public enum CounterfactualKind
{
    Action,
    Circumstance,
}

/// <summary>
/// The scores of one set of answers, each 0–100: <see cref="Need"/> (how much the component needs what Rust gives),
/// <see cref="Readiness"/> (how well the team can carry Rust here now) and <see cref="RustFit"/>, the share of all
/// reason weight that speaks for Rust, kept for clients that read it.
/// </summary>
public readonly record struct Scores(int Need, int Readiness, int RustFit);

/// <summary>
/// One answer changed: <see cref="From"/> and <see cref="To"/> hold the option ids, or null for a
/// question left open.
/// </summary>
public sealed record AnswerChange(string QuestionId, ImmutableArray<string>? From, ImmutableArray<string>? To);

/// <summary>A set of answer changes of one kind under which the verdict would be <see cref="Verdict"/>.</summary>
public sealed record Counterfactual(ImmutableArray<AnswerChange> Changes, Verdict Verdict, Scores Scores, CounterfactualKind Kind)
{
    public int RustFit => Scores.RustFit;
}

/// <summary>The options of an open question that would give <see cref="Verdict"/>.</summary>
public sealed record Outcome(ImmutableArray<string> OptionIds, Verdict Verdict);

/// <summary>An open question whose answer would change the verdict, with what each answer would make it.</summary>
public sealed record OpenQuestionOutcomes(Question Question, ImmutableArray<Outcome> Outcomes);

/// <summary>
/// The explained result for one set of answers. <see cref="Answers"/> are the answers that counted:
/// answers to questions that are not asked under the other answers are left out. <see cref="Deciding"/> are the
/// reasons the deciding gate points at, such as what holds readiness back.
/// </summary>
public sealed record Evaluation(
    Verdict Verdict,
    Gate DecidedBy,
    ImmutableArray<Rule> Deciding,
    Scores Scores,
    Confidence Confidence,
    ImmutableArray<Rule> Reasons,
    ImmutableArray<Question> OpenQuestions,
    ImmutableArray<OpenQuestionOutcomes> FindOutFirst,
    ImmutableArray<Counterfactual> Counterfactuals,
    ImmutableArray<SourceDifference> WhereSourcesDiffer,
    AnswerSet Answers,
    string ContentVersion)
{
    public int RustFit => Scores.RustFit;

    public int Need => Scores.Need;

    public int Readiness => Scores.Readiness;
}
