using Decider.Web.Assessments;
using Decider.Web.Content;
using Decider.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Decider.Web.Sharing;

/// <summary>
/// Serves a share page from memory when nothing it shows has changed. A saved assessment never changes;
/// what can change is which of its relatives exist: a newer revision saved, a revision or the parent
/// deleted, or the assessment itself deleted. So each request asks the database, in one indexed query,
/// for the ids of the assessment, its parent and its revisions, and the cached page is keyed by that set.
/// Any instance on a shared database sees a save or delete made by any other at once; a page is
/// rendered again only when its set, the content version or the date changes, and a missing assessment is
/// never served from the cache. A sign-off appended to the assessment's history changes the key too.
/// </summary>
public sealed class SharePageCache : IOutputCachePolicy
{
    public const string PolicyName = "share-page";

    /// <summary>Bounds the memory the cache may take; older pages are evicted first.</summary>
    public const long SizeLimitBytes = 16 * 1024 * 1024;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        var id = context.HttpContext.GetRouteValue("Id") as string;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !AssessmentIds.IsWellFormed(id))
        {
            return;
        }
        var db = context.HttpContext.RequestServices.GetRequiredService<DeciderDbContext>();
        var related = await RelatedIdsAsync(db, id!, cancellationToken);
        if (!related.Contains(id!))
        {
            return;
        }
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        // The page's absolute links follow the address it was reached at, unless a public base URL is set.
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.VaryByValues["related"] = string.Join(',', related);
        // A sign-off is appended, never changed: how many there are says whether the page's status is current.
        context.CacheVaryByRules.VaryByValues["sign-offs"] = (await db.AssessmentStatusChanges.CountAsync(c => c.AssessmentId == id, cancellationToken))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The page links to the spike planned from it, once there is one.
        context.CacheVaryByRules.VaryByValues["spike"] = await Spikes.SavedSpikes.PlannedFromAsync(db, id, cancellationToken) ?? "";
        // The page also compares the saved result with today's content, and says when a revisit date has passed.
        var services = context.HttpContext.RequestServices;
        context.CacheVaryByRules.VaryByValues["content"] = services.GetRequiredService<ContentStore>().Content.Version;
        context.CacheVaryByRules.VaryByValues["day"] = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime).ToString("O");
        // The same key is the page's ETag, so browsers, unfurlers and a CDN can ask "has it changed?" and get a 304;
        // the output cache answers a matching If-None-Match itself.
        var key = string.Join('|', request.Host.Value, string.Join(';', context.CacheVaryByRules.VaryByValues.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}")));
        Extensions.Revalidation.Mark(context.HttpContext.Response, key);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        // Only the page itself: never an error, and never a response that hands someone a cookie.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>The ids of the assessment, its parent and its revisions that exist now, in order.</summary>
    private static Task<List<string>> RelatedIdsAsync(DeciderDbContext db, string id, CancellationToken cancellationToken)
    {
        var parent = db.Assessments.Where(a => a.Id == id).Select(a => a.RevisesId);
        return db.Assessments.AsNoTracking()
            .Where(a => a.Id == id || a.RevisesId == id || parent.Contains(a.Id))
            .Select(a => a.Id)
            .OrderBy(a => a)
            .ToListAsync(cancellationToken);
    }
}
