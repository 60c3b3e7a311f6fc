namespace Decider.Web.Wizard;

/// <summary>
/// A wizard in progress as it is kept in the browser: which step, every answer given, and for a revision
/// the assessment it revises with its title, notes and revisit date to start the save form from.
/// </summary>
public sealed record Draft(string Id, int Step, Dictionary<string, string[]> Answers, DateTimeOffset SavedAt,
    string? Revises = null, string? Title = null, string? Notes = null, string? RevisitBy = null);
