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
/// One answer changed: <see cref="From"/> and <see cref="To"/> hold the option ids, or null for a
/// question left open.
/// </summary>
public sealed record AnswerChange(string QuestionId, ImmutableArray<string>? From, ImmutableArray<string>? To);

/// <summary>A set of answer changes under which the verdict would be <see cref="Verdict"/>.</summary>
public sealed record Counterfactual(ImmutableArray<AnswerChange> Changes, Verdict Verdict, int RustFit);

/// <summary>
/// The explained result for one set of answers. <see cref="Answers"/> are the answers that counted:
/// answers to questions that are not asked under the other answers are left out.
/// </summary>
public sealed record Evaluation(
    Verdict Verdict,
    Gate DecidedBy,
    int RustFit,
    Confidence Confidence,
    ImmutableArray<Rule> Reasons,
    ImmutableArray<Question> OpenQuestions,
    ImmutableArray<Counterfactual> Counterfactuals,
    AnswerSet Answers,
    string ContentVersion);
