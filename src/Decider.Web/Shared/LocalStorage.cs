using System.Text.Json;
using Microsoft.JSInterop;

namespace Decider.Web.Shared;

/// <summary>JSON values in the browser's localStorage, as the wizard and team pages keep what a person has typed.</summary>
public static class LocalStorage
{
    /// <summary>The value stored under the key, or null when there is none or it was written by an incompatible version.</summary>
    public static async Task<T?> GetJsonAsync<T>(this IJSRuntime js, string key) where T : class
    {
        var json = await js.InvokeAsync<string?>("localStorage.getItem", key);
        try
        {
            return json is null ? null : JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            // Of no use to this version; starting fresh beats failing.
            return null;
        }
    }

    public static async Task SetJsonAsync<T>(this IJSRuntime js, string key, T value) =>
        await js.InvokeVoidAsync("localStorage.setItem", key, JsonSerializer.Serialize(value, JsonSerializerOptions.Web));
}
