using System.Collections.Immutable;

namespace Decider.Core.Content;

public enum Direction
{
    For,
    Against,
}

/// <summary>
/// A scoring rule: when its condition holds, it becomes a reason for or against Rust on one <see cref="Axis"/> and
/// moves that axis's score by its weight.
/// </summary>
public sealed record Rule(
    string Id,
    Axis Axis,
    Direction Direction,
    int Weight,
    Condition When,
    ImmutableArray<string> SourceIds,
    ImmutableArray<Quote> Quotes,
    string Text,
    string File)
{
    public IEnumerable<string> QuestionIds => When.QuestionIds.Distinct();
}
