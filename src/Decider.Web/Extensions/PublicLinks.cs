namespace Decider.Web.Extensions;

/// <summary>Absolute links for sharing: the configured public base URL, or the address the app was reached at.</summary>
public static class PublicLinks
{
    public static string For(HttpRequest request, DeciderOptions options, string path) =>
        For($"{request.Scheme}://{request.Host}", options, path);

    /// <summary>The same, where the address the app was reached at is known as <paramref name="requestBase"/>.</summary>
    public static string For(string requestBase, DeciderOptions options, string path) =>
        (options.PublicBaseUrl ?? requestBase).TrimEnd('/') + path;
}
