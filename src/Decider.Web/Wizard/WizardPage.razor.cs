using Decider.Web.Content;
using Decider.Web.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Decider.Web.Wizard;

public sealed partial class WizardPage : IAsyncDisposable
{
    private readonly Dictionary<string, QuestionCard> _cards = new(StringComparer.Ordinal);
    private ElementReference _heading;
    private bool _restored;
    private string? _focusQuestion;
    private bool _focusHeading;
    private bool _focusNext;
    private bool _focusUndo;
    private TriedChange? _undo;
    private SavedResultsList? _savedList;
    private DotNetObjectReference<WizardPage>? _self;
    private ElementReference _undoButton;
    private MudButton? _next;
    private string? _storageProblem;
    private string? _reviseProblem;
    private IReadOnlyList<Draft> _otherDrafts = [];

    [Inject]
    public required ContentStore Store { get; init; }

    [Inject]
    public required DraftStorage Drafts { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    [Inject]
    public required IServiceScopeFactory Scopes { get; init; }

    [Inject]
    public required IJSRuntime JS { get; init; }

    /// <summary>The id of a saved assessment to revise, from "Revise" on its share page.</summary>
    [SupplyParameterFromQuery(Name = "revise")]
    public string? Revise { get; set; }

    /// <summary>A saved system whose component <see cref="Component"/> opens as a new draft, from its system page.</summary>
    [SupplyParameterFromQuery(Name = "system")]
    public string? FromSystem { get; set; }

    /// <summary>The component's number in <see cref="FromSystem"/>, counting from 1.</summary>
    [SupplyParameterFromQuery(Name = "component")]
    public int? Component { get; set; }

    /// <summary>
    /// The step in the address: 1 to the number of steps, or "result". Each move between steps is a history entry, so
    /// the browser's Back and Forward move between steps and a link can open one.
    /// </summary>
    [SupplyParameterFromQuery(Name = "step")]
    public string? Step { get; set; }

    private WizardState State { get; set; } = null!;

    protected override void OnInitialized() => State = new WizardState(Store.Engine);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // localStorage is only reachable once the circuit is up, so the draft comes back here.
            try
            {
                var revising = Revise is null ? null : await LoadAssessmentAsync(Revise);
                if (revising is not null)
                {
                    State.StartRevision(revising, Evaluate.AnswersJson.ReadStored(revising.AnswersJson, Store.Content), DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime));
                    await SaveAsync();
                }
                else if (FromSystem is not null)
                {
                    if (await LoadComponentAsync(FromSystem, Component ?? 1) is { } component)
                    {
                        State.StartFromComponent(component.Name, Evaluate.AnswersJson.ReadStored(component.AnswersJson, Store.Content));
                        await SaveAsync();
                    }
                    else
                    {
                        _reviseProblem = $"No saved system with the id “{FromSystem}” has a component {Component ?? 1}: the link may be cut short, or the system was deleted. Your own answers are as you left them.";
                        if (await Drafts.LoadCurrentAsync() is { } kept)
                        {
                            State.Restore(kept);
                        }
                    }
                }
                else if (await Drafts.LoadCurrentAsync() is { } draft)
                {
                    State.Restore(draft);
                }
                if (StepIndexOf(Step) is { } linked)
                {
                    State.GoTo(linked);
                }
                if (Revise is not null)
                {
                    _reviseProblem = revising is null
                        ? $"No saved result has the id \u201c{Revise}\u201d: the link may be cut short, or the result was deleted. Your own answers are as you left them."
                        : null;
                }
                await ListOtherDraftsAsync();
            }
            catch (JSException)
            {
                _storageProblem = "This browser does not let Decider keep your answers, so a reload will lose them.";
            }
            await AttachHistoryAsync();
            _restored = true;
            _focusQuestion = State.CurrentStep is { } step ? State.QuestionsOf(step).FirstOrDefault()?.Id : null;
            StateHasChanged();
            return;
        }
        if (_focusQuestion is { } questionId && _cards.TryGetValue(questionId, out var card))
        {
            _focusQuestion = null;
            await card.FocusAsync();
        }
        else if (_focusHeading)
        {
            _focusHeading = false;
            await _heading.FocusAsync();
        }
        else if (_focusUndo && _undo is not null)
        {
            _focusUndo = false;
            await _undoButton.FocusAsync(preventScroll: true);
        }
        else if (_focusNext && _next is not null)
        {
            _focusNext = false;
            await _next.FocusAsync();
        }
    }

    private async Task AnsweredAsync(string questionId, bool pickedByKey)
    {
        if (pickedByKey)
        {
            // After a step's last question the key moves on to Next, so the next key press cannot silently change this answer.
            _focusQuestion = NextQuestionInStep(questionId);
            _focusNext = _focusQuestion is null;
        }
        await SaveAsync();
    }

    private async Task EnterAsync(string questionId)
    {
        if (NextQuestionInStep(questionId) is { } next)
        {
            _focusQuestion = next;
            return;
        }
        await GoToAsync(State.StepIndex + 1);
    }

    private async Task GoToAsync(int step)
    {
        var from = State.StepIndex;
        ShowStep(step);
        await SaveAsync();
        if (State.StepIndex != from)
        {
            await PushStepAsync();
        }
    }

    private async Task PushStepAsync()
    {
        try
        {
            await JS.InvokeVoidAsync("deciderSteps.push", State.StepIndex, StepUri(State.StepIndex));
        }
        catch (JSException)
        {
            // Without the history entry, Back leaves the page as it did before; the step itself has changed.
        }
    }

    /// <summary>Back or Forward reached one of the wizard's history entries.</summary>
    [JSInvokable]
    public async Task ShowStepFromHistory(int step)
    {
        ShowStep(step);
        await SaveAsync();
        StateHasChanged();
    }

    private void ShowStep(int step)
    {
        State.GoTo(step);
        _focusQuestion = State.CurrentStep is { } current ? State.QuestionsOf(current).FirstOrDefault()?.Id : null;
        _focusHeading = _focusQuestion is null;
    }

    // The address becomes this step's (a Revise link's id goes from it), and Back and Forward come to this page.
    private async Task AttachHistoryAsync()
    {
        _self = DotNetObjectReference.Create(this);
        try
        {
            await JS.InvokeVoidAsync("deciderSteps.attach", _self, State.StepIndex, StepUri(State.StepIndex));
        }
        catch (JSException)
        {
            // Without the script the steps are not in the history; the wizard works as before.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_self is not null)
        {
            try
            {
                await JS.InvokeVoidAsync("deciderSteps.detach");
            }
            catch (Exception e) when (e is JSException or JSDisconnectedException)
            {
                // The page is gone with its script.
            }
            _self.Dispose();
        }
    }

    private int? StepIndexOf(string? step) =>
        step == "result" ? State.StepCount
        : int.TryParse(step, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= State.StepCount ? n - 1
        : null;

    private string StepUri(int step) => step >= State.StepCount ? "/?step=result" : $"/?step={step + 1}";

    /// <summary>
    /// "Try this": takes the counterfactual's answers and says what changed, with Undo. The reader stays where they
    /// were; focus goes to Undo, which sits fixed at the bottom of the screen.
    /// </summary>
    private async Task ApplyAsync(int counterfactual)
    {
        var tried = State.Result.Counterfactuals[counterfactual];
        _undo = new TriedChange(State.Answers, $"{Shared.ChangeSentences.Describe(tried, State.Content)}: the verdict is now {tried.Verdict.Title}.");
        State.Apply(tried);
        _focusUndo = true;
        await SaveAsync();
    }

    private async Task UndoAsync()
    {
        if (_undo is { } undo)
        {
            State.Revert(undo.Before);
            _undo = null;
            await SaveAsync();
        }
    }

    /// <summary>What "Try this" changed, and the answers from before it, for Undo.</summary>
    private sealed record TriedChange(AnswerSet Before, string Description);

    private async Task OpenQuestionAsync(string questionId)
    {
        State.GoToQuestion(questionId);
        _focusQuestion = questionId;
        await SaveAsync();
        await PushStepAsync();
    }

    private async Task RetryAsync()
    {
        State.Retry();
        await SaveAsync();
    }

    private async Task StartOverAsync()
    {
        var confirmed = await Dialogs.ConfirmAsync("Start over?", "This clears every answer you have given in this draft.", "Start over", "Keep my answers");
        if (!confirmed)
        {
            return;
        }
        var previous = State.DraftId;
        State.StartOver();
        await DeleteDraftAsync(previous);
        await GoToAsync(0);
    }

    private async Task SwitchToAsync(Draft draft)
    {
        State.Restore(draft);
        await SaveAsync();
        await ListOtherDraftsAsync();
        _focusHeading = true;
    }

    private async Task DiscardAsync(Draft draft)
    {
        var confirmed = await Dialogs.ConfirmAsync("Discard this draft?", "Its answers are removed from this browser.", "Discard", "Keep it");
        if (confirmed)
        {
            await DeleteDraftAsync(draft.Id);
            await SaveAsync();
            await ListOtherDraftsAsync();
        }
    }

    /// <summary>
    /// A saved result joins "your saved results"; a saved revision is done with, so its draft goes and the draft set
    /// aside for it is there to go back to.
    /// </summary>
    private async Task SavedAsync()
    {
        if (_savedList is not null)
        {
            await _savedList.RefreshAsync();
        }
        if (State.Revises is not null)
        {
            await DeleteDraftAsync(State.DraftId);
            await ListOtherDraftsAsync();
        }
    }

    private async Task ListOtherDraftsAsync()
    {
        try
        {
            _otherDrafts = [.. (await Drafts.ListAsync()).Where(d => d.Id != State.DraftId)];
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException)
        {
            _otherDrafts = [];
        }
    }

    private async Task<(string Name, string AnswersJson)?> LoadComponentAsync(string systemId, int number)
    {
        await using var scope = Scopes.CreateAsyncScope();
        return (await Systems.SavedSystems.FindAsync(scope.ServiceProvider.GetRequiredService<Infrastructure.DeciderDbContext>(), systemId, CancellationToken.None))
            ?.Component(number);
    }

    private async Task<Assessments.Assessment?> LoadAssessmentAsync(string id)
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await Assessments.SavedAssessments.FindAsync(scope.ServiceProvider.GetRequiredService<Infrastructure.DeciderDbContext>(), id, CancellationToken.None);
    }

    private string? NextQuestionInStep(string questionId)
    {
        var questions = State.CurrentStep is { } step ? State.QuestionsOf(step).Select(q => q.Id).ToList() : [];
        var index = questions.IndexOf(questionId);
        return index >= 0 && index + 1 < questions.Count ? questions[index + 1] : null;
    }

    private async Task SaveAsync()
    {
        try
        {
            await Drafts.SaveAsync(State.ToDraft(Time.GetUtcNow()));
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone; what it last stored is what the next visit restores.
        }
        catch (JSException)
        {
            _storageProblem = "This browser does not let Decider keep your answers, so a reload will lose them.";
        }
    }

    private async Task DeleteDraftAsync(string draftId)
    {
        try
        {
            await Drafts.DeleteAsync(draftId);
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException)
        {
            _storageProblem = "Your earlier answers could not be cleared from this browser.";
        }
    }
}
