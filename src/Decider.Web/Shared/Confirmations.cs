using MudBlazor;

namespace Decider.Web.Shared;

/// <summary>
/// The one way the pages ask before something cannot be undone: Escape keeps things as they are, and focus starts on
/// the safe choice, so Enter pressed twice never deletes.
/// </summary>
public static class Confirmations
{
    private static readonly DialogOptions Safe = new() { CloseOnEscapeKey = true, DefaultFocus = DefaultFocus.FirstChild };

    /// <summary>True only when the person chose <paramref name="yes"/>.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string yes, string keep) =>
        await dialogs.ShowMessageBoxAsync(title, message, yesText: yes, cancelText: keep, options: Safe) == true;
}
