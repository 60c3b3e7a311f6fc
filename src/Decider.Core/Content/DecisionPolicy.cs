using System.Collections.Immutable;

namespace Decider.Core.Content;

/// <summary>
/// How answers become a verdict. The Rust-fit score is the share of the weight of matching rules that
/// speaks for Rust, with <see cref="PriorWeight"/> added to each side so that a few answers cannot swing
/// it to an extreme. Then the gates decide, in order; when none applies, <see cref="Fallback"/> does.
/// </summary>
public sealed record DecisionPolicy(
    int PriorWeight,
    ImmutableDictionary<string, int> Thresholds,
    ImmutableArray<Gate> Gates,
    Gate Fallback,
    string ExplanationMarkdown);
