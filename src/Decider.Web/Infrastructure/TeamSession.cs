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

    /// <summary>The lead's answers for contested questions so far, with their notes (see <see cref="Teams.LeadResolutions"/>).</summary>
    public string? ResolutionsJson { get; set; }

    public List<TeamSubmission> Submissions { get; init; } = [];
}

/// <summary>
/// One participant's answers, theirs to change until the session closes: the browser that sent them keeps the
/// participant key whose hash is here, and sending again with it replaces them instead of adding a second voice.
/// </summary>
public sealed class TeamSubmission
{
    public required string Id { get; init; }

    public required string SessionId { get; init; }

    /// <summary>
    /// 1 to the session's cap, unique within the session, so that two submissions racing for the last place cannot
    /// both take it.
    /// </summary>
    public required int Slot { get; init; }

    /// <summary>SHA-256 of the participant key; null for a submission from before participants had keys.</summary>
    public byte[]? ParticipantKeyHash { get; init; }

    /// <summary>The display name given, at most 60 characters, shown as text only.</summary>
    public required string Name { get; set; }

    /// <summary>The answers in the JSON shape of the API.</summary>
    public required string AnswersJson { get; set; }

    /// <summary>The short reasons given, by question id, as a JSON object; null when none.</summary>
    public string? ReasonsJson { get; set; }

    public required DateTime SubmittedAt { get; init; }

    public DateTime? UpdatedAt { get; set; }
}
