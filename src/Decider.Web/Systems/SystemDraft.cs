namespace Decider.Web.Systems;

/// <summary>
/// A system being described, as the browser keeps it: its name, the team's answers, each component with its own
/// answers, which component is open, the notes and revisit date for the save form, and for a revision the saved system
/// it revises.
/// </summary>
public sealed record SystemDraft(string Id, string? Name, Dictionary<string, string[]> Team, List<ComponentDraft> Components, int Open,
    DateTimeOffset SavedAt, string? Notes = null, string? RevisitBy = null, string? Revises = null);

public sealed record ComponentDraft(string Name, Dictionary<string, string[]> Answers);
