using System.Collections.Immutable;

namespace Decider.Core.Content;

/// <summary>
/// How answers become a verdict. Each axis's score is the share of the weight of its matching rules that speaks for
/// Rust, with <see cref="PriorWeight"/> added to each side so that a few answers cannot swing it to an extreme. Then
/// the gates decide, in order; when none applies, <see cref="Fallback"/> does. <see cref="Differences"/> are the cases
/// where the articles disagree.
/// </summary>
public sealed record DecisionPolicy(
    int PriorWeight,
    ImmutableDictionary<string, int> NeedThresholds,
    ImmutableDictionary<string, int> ReadinessThresholds,
    ImmutableArray<Gate> Gates,
    Gate Fallback,
    ImmutableArray<SourceDifference> Differences,
    string ExplanationMarkdown);
