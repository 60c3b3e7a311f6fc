using Decider.Web.Assessments;
using Decider.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Decider.Web.Systems;

/// <summary>Finding and deleting a saved system, for the API, the pages, the editor and the reports alike.</summary>
public static class SavedSystems
{
    /// <summary>The system with that id, or null, also for an id that cannot be one.</summary>
    public static async Task<SavedSystem?> FindAsync(DeciderDbContext db, string? id, CancellationToken cancellationToken) =>
        AssessmentIds.IsWellFormed(id) ? await db.Systems.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) : null;

    /// <summary>Deletes the system when the delete token matches: true when deleted, false for a wrong token, null when there is none.</summary>
    public static async Task<bool?> DeleteAsync(DeciderDbContext db, string? id, string? deleteToken, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, id, cancellationToken) is not { } system)
        {
            return null;
        }
        if (!AssessmentIds.TokenMatches(deleteToken, system.DeleteTokenHash))
        {
            return false;
        }
        await db.Systems.Where(s => s.Id == system.Id).ExecuteDeleteAsync(cancellationToken);
        return true;
    }
}
