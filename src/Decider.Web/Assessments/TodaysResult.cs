using System.Collections.Immutable;
using Decider.Web.Evaluate;
using Decider.Web.Infrastructure;

namespace Decider.Web.Assessments;

/// <summary>
/// What a saved assessment's answers get under the content loaded now, beside what they got when saved: the
/// verdict, fit, need and readiness then (null for need and readiness saved before the two axes) and now, the reasons gained, lost and re-weighted, and which content files changed.
/// The stored result is never rewritten; this is worked out when asked for, and only when the content changed.
/// </summary>
public sealed record TodaysResult(
    string ContentVersion,
    VerdictResponse Verdict,
    int RustFit,
    int Need,
    int Readiness,
    Confidence Confidence,
    VerdictResponse VerdictThen,
    int RustFitThen,
    int? NeedThen,
    int? ReadinessThen,
    bool VerdictChanged,
    ImmutableArray<ReasonChange> ReasonsGained,
    ImmutableArray<ReasonChange> ReasonsLost,
    ImmutableArray<ReasonChange> ReasonsReweighted,
    ImmutableArray<FileChange>? ChangedFiles,
    ImmutableArray<string> AnswersNoLongerAccepted,
    EvaluationResponse Result)
{
    /// <summary>
    /// Null when the content is the one the assessment was saved under, and for a decision a spike's end review made:
    /// its verdict came from measured numbers, which new content does not change.
    /// </summary>
    public static TodaysResult? Of(Assessment assessment, SavedReport saved, DecisionEngine engine)
    {
        var content = engine.Content;
        if (assessment.ContentVersion == content.Version || saved.DecidedBySpike is not null)
        {
            return null;
        }
        var given = AnswersJson.ReadStored(assessment.AnswersJson, content);
        var evaluation = engine.Evaluate(given.Answers);
        var changes = ReasonChanges.Between(saved.Reasons, evaluation.Reasons.Select(r => ReportReason.Of(r, content)));
        return new TodaysResult(
            content.Version,
            new VerdictResponse(evaluation.Verdict.Id, evaluation.Verdict.Title, evaluation.Verdict.Summary),
            evaluation.RustFit,
            evaluation.Need,
            evaluation.Readiness,
            evaluation.Confidence,
            new VerdictResponse(saved.Verdict.Id, saved.Verdict.Title, saved.Verdict.Summary),
            saved.RustFit,
            saved.Scores?.Need,
            saved.Scores?.Readiness,
            evaluation.Verdict.Id != saved.Verdict.Id,
            changes.Gained,
            changes.Lost,
            changes.Reweighted,
            saved.ContentFiles is { } files ? FileChange.Between(files, content.FileHashes) : null,
            [.. given.Errors.Select(e => e.QuestionId).Distinct().Order(StringComparer.Ordinal)],
            EvaluationResponse.From(evaluation, content));
    }
}

/// <summary>A content file, by its path under the content directory, that was "changed", "added" or "removed".</summary>
public sealed record FileChange(string File, string Change)
{
    public static ImmutableArray<FileChange> Between(IReadOnlyDictionary<string, string> then, IReadOnlyDictionary<string, string> now) =>
        [.. then.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Select(file => (File: file, Then: then.GetValueOrDefault(file), Now: now.GetValueOrDefault(file)))
            .Where(f => f.Then != f.Now)
            .Select(f => new FileChange(f.File, f.Then is null ? "added" : f.Now is null ? "removed" : "changed"))];
}
