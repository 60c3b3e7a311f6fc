using Decider.Web.Shared;
using Microsoft.JSInterop;

namespace Decider.Web.Systems;

/// <summary>
/// What the system editor keeps in the browser's localStorage: the system being described, so a reload, a closed tab
/// or a server restart brings it back, and the systems saved from here with their delete tokens, shown nowhere else.
/// </summary>
public sealed class SystemBrowserStorage(IJSRuntime js)
{
    private const string DraftKey = "decider.systemDraft";
    private const string SavedKey = "decider.savedSystems";

    /// <summary>The draft of a new system, or of a revision of <paramref name="revises"/>, each kept apart so neither overwrites the other.</summary>
    public Task<SystemDraft?> LoadDraftAsync(string? revises = null) => js.GetJsonAsync<SystemDraft>(DraftKeyOf(revises));

    public Task SaveDraftAsync(SystemDraft draft) => js.SetJsonAsync(DraftKeyOf(draft.Revises), draft);

    public async Task DeleteRevisionDraftAsync(string revises) => await js.InvokeVoidAsync("localStorage.removeItem", DraftKeyOf(revises));

    private static string DraftKeyOf(string? revises) => revises is null ? DraftKey : $"{DraftKey}.revise.{revises}";

    public async Task<IReadOnlyList<KeptSystem>> ListSavedAsync() => await js.GetJsonAsync<List<KeptSystem>>(SavedKey) ?? [];

    public async Task AddSavedAsync(KeptSystem system) =>
        await js.SetJsonAsync(SavedKey, (await ListSavedAsync()).Where(s => s.Id != system.Id).Prepend(system).ToList());

    public async Task RemoveSavedAsync(string id) => await js.SetJsonAsync(SavedKey, (await ListSavedAsync()).Where(s => s.Id != id).ToList());
}

/// <summary>
/// A system saved from this browser: its link, its delete token, and the draft and answers it was saved from, so a
/// reload shows it saved instead of offering to save again; for a revision, the system it revises.
/// </summary>
public sealed record KeptSystem(string Id, string Title, string Url, string DeleteToken, string Slice, DateTimeOffset SavedAt, string DraftId, string DraftKey,
    string? Revises = null);
