using Decider.Web.Shared;
using Microsoft.JSInterop;

namespace Decider.Web.Wizard;

/// <summary>
/// A result saved from this browser, as the browser keeps it: its link, its owner key (shown nowhere else after the
/// save), and the draft and answers it was saved from, so a reload shows it saved instead of offering to save again.
/// </summary>
public sealed record SavedResult(string Id, string Title, string Url, string OwnerKey, string VerdictTitle, DateTimeOffset SavedAt,
    string? DraftId = null, string? AnswersKey = null);

/// <summary>"Your saved results": kept in localStorage, newest first.</summary>
public sealed class SavedResults(IJSRuntime js)
{
    private const string Key = "decider.saved";

    public async Task<IReadOnlyList<SavedResult>> ListAsync() => await js.GetJsonAsync<List<SavedResult>>(Key) ?? [];

    public async Task AddAsync(SavedResult result) =>
        await js.SetJsonAsync(Key, (await ListAsync()).Where(r => r.Id != result.Id).Prepend(result).ToList());

    public async Task RemoveAsync(string id) => await js.SetJsonAsync(Key, (await ListAsync()).Where(r => r.Id != id).ToList());
}
