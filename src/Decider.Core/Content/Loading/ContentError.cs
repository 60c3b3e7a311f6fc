namespace Decider.Core.Content.Loading;

/// <summary>A problem in a content file, located so that an author can go straight to it.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
