namespace Decider.Web.Assessments;

/// <summary>Where a saved decision stands: every result starts proposed.</summary>
public enum DecisionStatus
{
    Proposed,
    Accepted,
    Rejected,
    Superseded,
}

/// <summary>
/// A sign-off on a saved assessment, appended by whoever holds its owner key and never changed: who decided, on which
/// date, and for a superseded decision the revision that replaces it. The latest is the assessment's status; the
/// assessment itself never changes.
/// </summary>
public sealed class AssessmentStatusChange
{
    public required string Id { get; init; }

    public required string AssessmentId { get; init; }

    public required DecisionStatus Status { get; init; }

    /// <summary>The approver's name, text only.</summary>
    public required string By { get; init; }

    /// <summary>The date of the decision, as the approver gives it.</summary>
    public required DateOnly On { get; init; }

    public string? Note { get; init; }

    /// <summary>For <see cref="DecisionStatus.Superseded"/>: the revision that replaces this decision.</summary>
    public string? SupersededById { get; init; }

    /// <summary>When the change was recorded, which orders the history.</summary>
    public required DateTime RecordedAt { get; init; }
}
