using System.Collections.Immutable;
using Decider.Core.Content;
using Microsoft.Playwright;

namespace Decider.Web.BrowserTests;

/// <summary>Answers the wizard in a real browser the way a keyboard user does.</summary>
public sealed class WizardDriver(IPage page, DecisionContent content)
{
    public async Task OpenAsync(string baseUrl)
    {
        await page.GotoAsync(baseUrl);
        await WaitUntilReadyAsync();
    }

    /// <summary>Waits until the page says its circuit is connected, so that keys and clicks reach the wizard.</summary>
    public async Task WaitUntilReadyAsync() => await page.Locator("[data-interactive]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });

    public async Task WaitForFocusInAsync(string questionId) =>
        await page.WaitForFunctionAsync("id => document.activeElement?.closest('fieldset')?.id === id", $"q-{questionId}");

    public async Task WaitForStepAsync(string title) =>
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);

    /// <summary>Answers every question of the current step from <paramref name="answers"/> with keys only, then moves on with Enter.</summary>
    public async Task AnswerStepWithKeyboardAsync(IReadOnlyDictionary<string, ImmutableArray<string>> answers)
    {
        var ids = await QuestionIdsOnPageAsync();
        for (var i = 0; i < ids.Count; i++)
        {
            var question = content.Question(ids[i]);
            await WaitForFocusInAsync(question.Id);
            var movedOn = await AnswerWithKeyboardAsync(question, answers.TryGetValue(question.Id, out var answer) ? answer : null);
            // A single-choice question picked by number key moves focus on by itself, except on a step's last question.
            var isLast = i == ids.Count - 1;
            if (!movedOn || isLast)
            {
                await page.Keyboard.PressAsync("Enter");
            }
            if (!isLast)
            {
                // The next question may have appeared only now (speed-targets after speed).
                ids = await QuestionIdsOnPageAsync();
            }
        }
    }

    /// <summary>
    /// Clicks the test content's worked case, a strong need and one reviewer (a spike, which a second reviewer would
    /// turn into Rust), across both steps, and opens the result.
    /// </summary>
    public async Task AnswerOneReviewerSpikeAsync()
    {
        await ClickOptionAsync("age", "lasting");
        await ClickOptionAsync("speed", "critical");
        await ClickOptionAsync("stakes", "high");
        await page.Locator("button.step").Nth(1).ClickAsync();
        await ClickOptionAsync("reviewers", "one");
        await page.Locator("button.step", new() { HasText = "Result" }).ClickAsync();
    }

    public async Task<List<string>> QuestionIdsOnPageAsync() =>
        [.. (await page.Locator("fieldset.question").EvaluateAllAsync<string[]>("els => els.map(e => e.id.substring(2))"))];

    public async Task ClickOptionAsync(string questionId, string optionId) =>
        await page.Locator($"#q-{questionId} input[value='{optionId}']").CheckAsync();

    /// <summary>Waits until the browser has stored the answer in the current draft, as a reload or restart would find it.</summary>
    public async Task WaitForSavedAsync(string questionId, string optionId) =>
        await page.WaitForFunctionAsync(
            "([q, o]) => { const id = localStorage.getItem('decider.currentDraft'); const draft = id && JSON.parse(localStorage.getItem('decider.draft.' + id) || 'null'); return !!draft && (draft.answers[q] || []).includes(o); }",
            new[] { questionId, optionId });

    public ILocator Option(string questionId, string optionId) => page.Locator($"#q-{questionId} input[value='{optionId}']");

    /// <summary>Returns whether focus moved on to the next question by itself.</summary>
    private async Task<bool> AnswerWithKeyboardAsync(Question question, ImmutableArray<string>? answer)
    {
        if (answer is not { } options)
        {
            await page.Keyboard.PressAsync("0");
            return true;
        }
        var indexes = options.Select(o => question.Options.Select(x => x.Id).ToList().IndexOf(o)).ToList();
        if (question.Kind == QuestionKind.Multi)
        {
            foreach (var index in indexes)
            {
                await page.Keyboard.PressAsync((index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                await Assertions.Expect(Option(question.Id, question.Options[index].Id)).ToBeCheckedAsync();
            }
            return false;
        }
        await page.Keyboard.PressAsync((indexes[0] + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(Option(question.Id, options[0])).ToBeCheckedAsync();
        return true;
    }
}
