using System.Text.Json;
using Decider.Web.Shared;
using Microsoft.JSInterop;

namespace Decider.Web.Wizard;

/// <summary>
/// Keeps wizard drafts in the browser's localStorage: one entry per draft, an index of them all and a pointer to
/// the current one, so a reload, a closed tab or a server restart brings the user back to where they were, and
/// opening someone's Revise link sets the user's own draft aside instead of losing it. Every stored draft is in the
/// index, so none is left behind where nothing can reach it.
/// </summary>
public sealed class DraftStorage(IJSRuntime js)
{
    private const string CurrentKey = "decider.currentDraft";
    private const string IndexKey = "decider.drafts";

    public async Task<Draft?> LoadCurrentAsync()
    {
        var id = await js.InvokeAsync<string?>("localStorage.getItem", CurrentKey);
        return string.IsNullOrEmpty(id) ? null : await LoadAsync(id);
    }

    /// <summary>Every draft kept in this browser, newest first.</summary>
    public async Task<IReadOnlyList<Draft>> ListAsync()
    {
        var drafts = new List<Draft>();
        foreach (var id in await IndexAsync())
        {
            if (await LoadAsync(id) is { } draft)
            {
                drafts.Add(draft);
            }
        }
        return [.. drafts.OrderByDescending(d => d.SavedAt)];
    }

    public async Task SaveAsync(Draft draft)
    {
        // The index is read before the pointer moves, so that a draft from before the index is kept in it too.
        var index = await IndexAsync();
        await js.SetJsonAsync(Key(draft.Id), draft);
        await js.InvokeVoidAsync("localStorage.setItem", CurrentKey, draft.Id);
        if (!index.Contains(draft.Id))
        {
            await WriteIndexAsync([.. index, draft.Id]);
        }
    }

    /// <summary>Removes a draft; if it was the current one, the newest other draft becomes current.</summary>
    public async Task DeleteAsync(string draftId)
    {
        await js.InvokeVoidAsync("localStorage.removeItem", Key(draftId));
        var index = (await IndexAsync()).Where(id => id != draftId).ToList();
        await WriteIndexAsync(index);
        if (await js.InvokeAsync<string?>("localStorage.getItem", CurrentKey) == draftId)
        {
            var next = (await ListAsync()).FirstOrDefault();
            if (next is null)
            {
                await js.InvokeVoidAsync("localStorage.removeItem", CurrentKey);
            }
            else
            {
                await js.InvokeVoidAsync("localStorage.setItem", CurrentKey, next.Id);
            }
        }
    }

    private Task<Draft?> LoadAsync(string id) => js.GetJsonAsync<Draft>(Key(id));

    private async Task<List<string>> IndexAsync()
    {
        var json = await js.InvokeAsync<string?>("localStorage.getItem", IndexKey);
        var current = await js.InvokeAsync<string?>("localStorage.getItem", CurrentKey);
        List<string> index;
        try
        {
            index = json is null ? [] : JsonSerializer.Deserialize<List<string>>(json) ?? [];
        }
        catch (JsonException)
        {
            index = [];
        }
        // Drafts stored before the index existed had only the current pointer.
        if (!string.IsNullOrEmpty(current) && !index.Contains(current))
        {
            index.Add(current);
        }
        return index;
    }

    private async Task WriteIndexAsync(List<string> index) =>
        await js.InvokeVoidAsync("localStorage.setItem", IndexKey, JsonSerializer.Serialize(index));

    private static string Key(string draftId) => $"decider.draft.{draftId}";
}
