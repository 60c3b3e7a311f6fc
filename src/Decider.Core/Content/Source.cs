namespace Decider.Core.Content;

/// <summary>An article the decision content cites, by its stable id.</summary>
public sealed record Source(string Id, string Title, string Author, string Date);
