namespace Decider.Web.Assessments;

/// <summary>
/// A saved assessment. Never updated: the result and report are the ones computed when it was saved,
/// under <see cref="ContentVersion"/>; a revision is a new assessment pointing at its parent.
/// </summary>
public sealed class Assessment
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Notes { get; init; }

    /// <summary>The answers as given, in the JSON shape of the API.</summary>
    public required string AnswersJson { get; init; }

    /// <summary>
    /// The one stored copy of the result, frozen at save time (see <see cref="SavedReport"/>): everything the share page,
    /// PDF and ADR show, and the evaluate response exactly as the API returned it.
    /// </summary>
    public required string ReportJson { get; init; }

    public required string ContentVersion { get; init; }

    public required DateTime CreatedAt { get; init; }

    public string? RevisesId { get; init; }

    /// <summary>When the team wants to look at the decision again; past it the share page says it is due.</summary>
    public DateOnly? RevisitBy { get; init; }

    /// <summary>SHA-256 of the delete token; the token itself is shown once and never stored.</summary>
    public required byte[] DeleteTokenHash { get; init; }
}
