using System.Collections.Immutable;

namespace Decider.Core.Content.Loading;

/// <summary>The content could not be loaded; <see cref="Errors"/> lists every problem found.</summary>
public sealed class ContentException : Exception
{
    public ContentException(IEnumerable<ContentError> errors)
        : base(Describe(errors))
    {
        Errors = [.. errors];
    }

    public ImmutableArray<ContentError> Errors { get; }

    private static string Describe(IEnumerable<ContentError> errors) =>
        "The decision content has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors);
}
