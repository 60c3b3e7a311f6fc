using Decider.Web.Content;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Decider.Web.Wizard;

public sealed partial class WizardPage
{
    private readonly Dictionary<string, QuestionCard> _cards = new(StringComparer.Ordinal);
    private ElementReference _heading;
    private bool _restored;
    private string? _focusQuestion;
    private bool _focusHeading;
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
    public required NavigationManager Navigation { get; init; }

    /// <summary>The id of a saved assessment to revise, from "Revise" on its share page.</summary>
    [SupplyParameterFromQuery(Name = "revise")]
    public string? Revise { get; set; }

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
                else if (await Drafts.LoadCurrentAsync() is { } draft)
                {
                    State.Restore(draft);
                }
                if (Revise is not null)
                {
                    _reviseProblem = revising is null
                        ? $"No saved result has the id \u201c{Revise}\u201d: the link may be cut short, or the result was deleted. Your own answers are as you left them."
                        : null;
                    Navigation.NavigateTo("/", replace: true);
                }
                await ListOtherDraftsAsync();
            }
            catch (JSException)
            {
                _storageProblem = "This browser does not let Decider keep your answers, so a reload will lose them.";
            }
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
    }

    private async Task AnsweredAsync(string questionId, bool pickedByKey)
    {
        if (pickedByKey)
        {
            _focusQuestion = NextQuestionInStep(questionId) ?? questionId;
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
        State.GoTo(step);
        _focusQuestion = State.CurrentStep is { } current ? State.QuestionsOf(current).FirstOrDefault()?.Id : null;
        _focusHeading = _focusQuestion is null;
        await SaveAsync();
    }

    private async Task ApplyAsync(int counterfactual)
    {
        State.Apply(State.Result.Counterfactuals[counterfactual]);
        _focusHeading = true;
        await SaveAsync();
    }

    private async Task OpenQuestionAsync(string questionId)
    {
        State.GoToQuestion(questionId);
        _focusQuestion = questionId;
        await SaveAsync();
    }

    private async Task RetryAsync()
    {
        State.Retry();
        await SaveAsync();
    }

    private async Task StartOverAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Start over?", "This clears every answer you have given in this draft.",
            yesText: "Start over", cancelText: "Keep my answers");
        if (confirmed != true)
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
        var confirmed = await Dialogs.ShowMessageBoxAsync("Discard this draft?", "Its answers are removed from this browser.",
            yesText: "Discard", cancelText: "Keep it");
        if (confirmed == true)
        {
            await DeleteDraftAsync(draft.Id);
            await SaveAsync();
            await ListOtherDraftsAsync();
        }
    }

    /// <summary>A saved revision is done with: its draft goes, and the draft set aside for it is there to go back to.</summary>
    private async Task SavedAsync()
    {
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
