namespace Decider.Web.Wizard;

/// <summary>A wizard in progress as it is kept in the browser: which step, and every answer given.</summary>
public sealed record Draft(string Id, int Step, Dictionary<string, string[]> Answers, DateTimeOffset SavedAt);
