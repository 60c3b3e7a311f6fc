namespace Decider.Core.Content;

/// <summary>A few words quoted exactly from the article with id <see cref="SourceId"/>, so a reader can find the line a rule rests on.</summary>
public sealed record Quote(string SourceId, string Text);
