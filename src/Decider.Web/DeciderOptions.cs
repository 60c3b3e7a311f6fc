namespace Decider.Web;

/// <summary>The "Decider" configuration section; the names are a contract with operators (spec/operations.md).</summary>
public sealed class DeciderOptions
{
    public const string Section = "Decider";

    /// <summary>Where the SQLite file lives; relative paths are under the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The decision content; by default the copy shipped next to the app.</summary>
    public string ContentDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "content");

    public Infrastructure.StorageOptions Storage { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();

    public Security.ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    /// <summary>Redirect to HTTPS and send HSTS; for deployments that terminate TLS in the app.</summary>
    public bool RequireHttps { get; set; }

    /// <summary>Used in share links, Open Graph tags, the PDF and the ADR; by default the request's own.</summary>
    public string? PublicBaseUrl { get; set; }
}

/// <summary>"Decider:RateLimit": saves and deletes per client per minute; 0 turns the limit off.</summary>
public sealed class RateLimitOptions
{
    public int WritesPerMinute { get; set; } = Security.WriteRateLimit.DefaultWritesPerMinute;
}
