using System.Text.Json;
using Microsoft.JSInterop;

namespace Decider.Web.Wizard;

/// <summary>
/// Keeps wizard drafts in the browser's localStorage, one entry per draft plus a pointer to the current
/// one, so a reload, a closed tab or a server restart brings the user back to where they were.
/// </summary>
public sealed class DraftStorage(IJSRuntime js)
{
    private const string CurrentKey = "decider.currentDraft";

    public async Task<Draft?> LoadCurrentAsync()
    {
        var id = await js.InvokeAsync<string?>("localStorage.getItem", CurrentKey);
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }
        var json = await js.InvokeAsync<string?>("localStorage.getItem", Key(id));
        try
        {
            return json is null ? null : JsonSerializer.Deserialize<Draft>(json, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            // A draft written by an incompatible version is of no use; starting fresh beats failing.
            return null;
        }
    }

    public async Task SaveAsync(Draft draft)
    {
        await js.InvokeVoidAsync("localStorage.setItem", Key(draft.Id), JsonSerializer.Serialize(draft, JsonSerializerOptions.Web));
        await js.InvokeVoidAsync("localStorage.setItem", CurrentKey, draft.Id);
    }

    public async Task DeleteAsync(string draftId)
    {
        await js.InvokeVoidAsync("localStorage.removeItem", Key(draftId));
        await js.InvokeVoidAsync("localStorage.removeItem", CurrentKey);
    }

    private static string Key(string draftId) => $"decider.draft.{draftId}";
}
