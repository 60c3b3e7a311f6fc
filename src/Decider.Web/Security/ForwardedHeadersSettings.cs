using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Decider.Web.Security;

/// <summary>
/// "Decider:ForwardedHeaders": the load balancers and proxies whose X-Forwarded-For and X-Forwarded-Proto are
/// believed (spec/operations.md). Each is a comma-separated list; with neither set, nobody's are, so a client cannot
/// choose its own rate-limit bucket or the scheme of the links the app writes.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>CIDR ranges such as "10.0.0.0/8, fd00::/8".</summary>
    public string? KnownNetworks { get; set; }

    /// <summary>Single addresses such as "10.0.0.5".</summary>
    public string? KnownProxies { get; set; }

    /// <summary>What is wrong with the settings, in words an operator acts on; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems() =>
        [.. Items(KnownNetworks).Where(n => !System.Net.IPNetwork.TryParse(n, out _))
                .Select(n => $"Decider:ForwardedHeaders:KnownNetworks has '{n}', which is not a CIDR range such as 10.0.0.0/8."),
            .. Items(KnownProxies).Where(p => !IPAddress.TryParse(p, out _))
                .Select(p => $"Decider:ForwardedHeaders:KnownProxies has '{p}', which is not an IP address such as 10.0.0.5.")];

    /// <summary>
    /// Whether any proxy or network is named. The framework's middleware believes every sender when both lists are
    /// empty, so without one it must not run at all.
    /// </summary>
    public bool NamesAProxy => Items(KnownNetworks).Any() || Items(KnownProxies).Any();

    public void ApplyTo(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // The framework trusts loopback by default; here only what the operator names is trusted.
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var network in Items(KnownNetworks))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
        foreach (var proxy in Items(KnownProxies))
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }
    }

    private static IEnumerable<string> Items(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
