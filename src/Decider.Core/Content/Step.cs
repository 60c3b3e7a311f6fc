namespace Decider.Core.Content;

/// <summary>A wizard step: a group of questions shown together.</summary>
public sealed record Step(string Id, string Title, string Intro);
