namespace Decider.Core.Content;

/// <summary>
/// One of the six verdicts with the prose users read: what it means, the next steps and, for a spike,
/// the plan. The Markdown sections come from the verdict's file body.
/// </summary>
public sealed record Verdict(
    string Id,
    string Title,
    string Summary,
    string MeaningMarkdown,
    string NextStepsMarkdown,
    string? SpikePlanMarkdown);
