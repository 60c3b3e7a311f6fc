using System.Collections.Immutable;

namespace Decider.Core.Content;

/// <summary>
/// A case on which the articles disagree, shown beside the verdict rather than hidden: it applies when
/// <see cref="When"/> holds and the verdict is one of <see cref="VerdictIds"/> (any verdict when empty).
/// </summary>
public sealed record SourceDifference(
    string Id,
    Condition When,
    ImmutableArray<string> VerdictIds,
    ImmutableArray<string> SourceIds,
    ImmutableArray<Quote> Quotes,
    string Text);
