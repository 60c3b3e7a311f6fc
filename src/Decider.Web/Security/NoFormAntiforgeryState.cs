using Microsoft.AspNetCore.Components.Forms;

namespace Decider.Web.Security;

/// <summary>
/// Decider has no form that posts to the server: the wizard talks over its circuit, the APIs take JSON, and
/// every other page is read-only. The framework's provider would still mint an antiforgery token, and set a
/// cookie, on every server-rendered page, which was the largest single cost of a share page and would hand
/// a cookie to every chat tool unfurling a link. A form added later renders without a token, so its post is
/// refused (400) by the antiforgery middleware that stays in place, rather than silently unprotected.
/// </summary>
internal sealed class NoFormAntiforgeryState : AntiforgeryStateProvider
{
    public override AntiforgeryRequestToken? GetAntiforgeryToken() => null;
}
