using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Decider.Web.Extensions;

/// <summary>
/// How the shared pages and documents may be cached: publicly, but asked again every time with an ETag built from
/// everything that can change them, so that a conditional GET costs a 304 and a sign-off or deletion shows at once.
/// </summary>
public static class Revalidation
{
    /// <summary>Sets the ETag (weak: the same response goes out in more than one encoding) and Cache-Control headers.</summary>
    public static EntityTagHeaderValue Mark(HttpResponse response, string whatCanChangeIt)
    {
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(whatCanChangeIt)))[..32]}\"", isWeak: true);
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = "public, no-cache";
        return etag;
    }

    public static bool ClientHas(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false));
}
