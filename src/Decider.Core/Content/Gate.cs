using System.Collections.Immutable;

namespace Decider.Core.Content;

/// <summary>
/// A step of the decision procedure. Gates are tried in order; the first that applies decides the verdict. A gate
/// applies when its <see cref="When"/> condition holds, none of its <see cref="Unless"/> conditions holds, the two
/// scores are inside its bounds (minimum inclusive, "below" exclusive) and the number of questions answered is at
/// least <see cref="MinAnswers"/> and below <see cref="AnswersBelow"/>. <see cref="Because"/>, when set, names the reasons the verdict's "why" points at.
/// </summary>
public sealed record Gate(
    string Id,
    string VerdictId,
    Condition When,
    ImmutableArray<Condition> Unless,
    ScoreBounds Bounds,
    int MinAnswers,
    int AnswersBelow,
    ReasonSelector? Because,
    ImmutableArray<string> SourceIds,
    ImmutableArray<Quote> Quotes,
    string Text);

/// <summary>The range of need and readiness scores a gate applies to.</summary>
public sealed record ScoreBounds(int MinNeed = 0, int NeedBelow = 101, int MinReadiness = 0, int ReadinessBelow = 101)
{
    public static readonly ScoreBounds Any = new();

    public bool Contain(int need, int readiness) =>
        need >= MinNeed && need < NeedBelow && readiness >= MinReadiness && readiness < ReadinessBelow;
}

/// <summary>The reasons on one axis and in one direction, such as what holds readiness back.</summary>
public sealed record ReasonSelector(Axis Axis, Direction Direction);
