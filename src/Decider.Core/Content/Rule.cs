using System.Collections.Immutable;

namespace Decider.Core.Content;

public enum Direction
{
    For,
    Against,
}

/// <summary>
/// A scoring rule: when its condition holds, it becomes a reason for or against Rust and moves the
/// Rust-fit score by its weight.
/// </summary>
public sealed record Rule(
    string Id,
    Direction Direction,
    int Weight,
    Condition When,
    ImmutableArray<string> SourceIds,
    string Text,
    string File)
{
    public IEnumerable<string> QuestionIds => When.QuestionIds.Distinct();
}
