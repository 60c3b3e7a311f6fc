namespace Decider.Web.Infrastructure;

/// <summary>
/// A team session: participants answer on their own at /team/{Id}; the lead follows at a link holding a key
/// whose hash is kept here. Closed once the lead saves the combined result, or at <see cref="ClosesAt"/>.
/// </summary>
public sealed class TeamSession
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>SHA-256 of the lead's key; the key itself is only in the lead's link.</summary>
    public required byte[] LeadKeyHash { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime ClosesAt { get; init; }

    /// <summary>The assessment the lead saved from the session, which closed it.</summary>
    public string? SavedAssessmentId { get; set; }

    public List<TeamSubmission> Submissions { get; init; } = [];
}

/// <summary>One participant's answers, as submitted; never changed afterwards.</summary>
public sealed class TeamSubmission
{
    public required string Id { get; init; }

    public required string SessionId { get; init; }

    /// <summary>The display name given, at most 60 characters, shown as text only.</summary>
    public required string Name { get; init; }

    /// <summary>The answers in the JSON shape of the API.</summary>
    public required string AnswersJson { get; init; }

    public required DateTime SubmittedAt { get; init; }
}
