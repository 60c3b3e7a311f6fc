using Decider.Web.Shared;
using Microsoft.JSInterop;

namespace Decider.Web.Teams;

/// <summary>
/// What a participant's browser keeps for a team session: the participant key that makes later submissions replace
/// earlier ones, and the answers, reasons and name as they stand, so a reload loses nothing.
/// </summary>
public sealed record ParticipantDraft(string Key, string? Name, Dictionary<string, string[]> Answers, Dictionary<string, string> Reasons);

/// <summary>Keeps <see cref="ParticipantDraft"/>s in localStorage, one per session.</summary>
public sealed class ParticipantStorage(IJSRuntime js)
{
    public Task<ParticipantDraft?> LoadAsync(string sessionId) => js.GetJsonAsync<ParticipantDraft>(Key(sessionId));

    public Task SaveAsync(string sessionId, ParticipantDraft draft) => js.SetJsonAsync(Key(sessionId), draft);

    private static string Key(string sessionId) => $"decider.team.{sessionId}";
}
