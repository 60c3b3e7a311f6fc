using Decider.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Decider.Web.Assessments;

/// <summary>Finding a saved assessment, for the API, the pages and the reports alike.</summary>
public static class SavedAssessments
{
    /// <summary>The assessment with that id, or null, also for an id that cannot be one.</summary>
    public static async Task<Assessment?> FindAsync(DeciderDbContext db, string? id, CancellationToken cancellationToken) =>
        AssessmentIds.IsWellFormed(id) ? await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) : null;

    /// <summary>Deletes the assessment when the owner key matches: true when deleted, false for a wrong key, null when there is none.</summary>
    public static async Task<bool?> DeleteAsync(DeciderDbContext db, string? id, string? ownerKey, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, id, cancellationToken) is not { } assessment)
        {
            return null;
        }
        if (!AssessmentIds.TokenMatches(ownerKey, assessment.DeleteTokenHash))
        {
            return false;
        }
        await db.Assessments.Where(a => a.Id == assessment.Id).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such assessment",
            detail: "No saved assessment has this id. It may have been deleted, or the link may be incomplete.");
}
