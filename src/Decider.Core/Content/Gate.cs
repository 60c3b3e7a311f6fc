using System.Collections.Immutable;

namespace Decider.Core.Content;

/// <summary>
/// A step of the decision procedure: gates are tried in order and the first whose condition holds
/// (and whose Rust-fit threshold is met) decides the verdict.
/// </summary>
public sealed record Gate(
    string Id,
    string VerdictId,
    Condition When,
    string? MinFitName,
    int MinFit,
    ImmutableArray<string> SourceIds,
    string Text);
