using Decider.Web.Content;
using Decider.Web.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Decider.Web.Systems;

/// <summary>
/// The system editor: the team answered once, the components added, renamed, reordered and removed, each answered
/// with the wizard's question cards and keys. Everything is kept in the browser after each change.
/// </summary>
public sealed partial class SystemEditorPage
{
    private readonly Dictionary<string, QuestionCard> _teamCards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QuestionCard> _componentCards = new(StringComparer.Ordinal);
    // Keyed by the component itself: a moved component keeps its element, and with it the reference to its button.
    private readonly Dictionary<SystemEditorState.Part, ElementReference> _toggles = [];
    private ElementReference _heading;
    private ElementReference _nameInput;
    private bool _nameMissing;
    private ElementReference _newInput;
    private bool _restored;
    private string? _newName;
    private string? _addProblem;
    private string? _storageProblem;
    private Func<Task>? _focus;

    [Inject]
    public required ContentStore Store { get; init; }

    [Inject]
    public required SystemBrowserStorage Storage { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    /// <summary>The id of a saved system to revise, from "Revise" on its page.</summary>
    [SupplyParameterFromQuery(Name = "revise")]
    public string? Revise { get; set; }

    [Inject]
    public required IServiceScopeFactory Scopes { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    private string? _reviseProblem;

    private SystemEditorState State { get; set; } = null!;

    protected override void OnInitialized() => State = new SystemEditorState(Store.Engine);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // localStorage is only reachable once the circuit is up, so the draft comes back here.
            try
            {
                var revising = Revise is null ? null : await FindAsync(Revise);
                if (Revise is not null && revising is null)
                {
                    _reviseProblem = $"No saved system has the id \u201c{Revise}\u201d: the link may be cut short, or the system was deleted. Your own system is as you left it.";
                }
                if (revising is not null && await Storage.LoadDraftAsync(revising.Id) is { } kept)
                {
                    State.Restore(kept);
                }
                else if (revising is not null)
                {
                    State.StartRevision(revising, DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime));
                    await SaveDraftAsync();
                }
                else if (await Storage.LoadDraftAsync() is { } draft)
                {
                    State.Restore(draft);
                }
            }
            catch (JSException)
            {
                _storageProblem = StorageProblem;
            }
            _restored = true;
            // Where a screen reader and the keyboard start: the page's heading, once the kept system is back.
            _focus = () => _heading.FocusAsync().AsTask();
            StateHasChanged();
            return;
        }
        if (_focus is { } focus)
        {
            _focus = null;
            await focus();
        }
    }

    private async Task<SavedSystem?> FindAsync(string id)
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await SavedSystems.FindAsync(scope.ServiceProvider.GetRequiredService<Infrastructure.DeciderDbContext>(), id, CancellationToken.None);
    }

    private const string StorageProblem = "This browser does not let Decider keep your system, so a reload will lose it.";

    private async Task RenameSystemAsync(ChangeEventArgs e)
    {
        State.Name = (e.Value as string)?.Trim();
        _nameMissing = string.IsNullOrWhiteSpace(State.Name) && _nameMissing;
        await SaveDraftAsync();
    }

    private async Task AddAsync()
    {
        if (string.IsNullOrWhiteSpace(_newName))
        {
            _addProblem = "Give the component a name first, such as “File parser”.";
            return;
        }
        if (!State.Add(_newName))
        {
            _addProblem = State.IsTaken(_newName)
                ? $"Another component is already called \u201c{_newName.Trim()}\u201d; give this one its own name."
                : $"A component's name may be at most {ISystemRequest.MaxName} characters.";
            return;
        }
        _addProblem = null;
        _newName = null;
        FocusFirstQuestionOf(State.Open);
        await SaveDraftAsync();
    }

    private async Task RenameAsync(int index, string? name)
    {
        State.Rename(index, name);
        await SaveDraftAsync();
    }

    private async Task MoveAsync(int index, int by)
    {
        State.Move(index, by);
        var moved = State.Components[Math.Clamp(index + by, 0, State.Components.Count - 1)];
        _focus = () => _toggles[moved].FocusAsync().AsTask();
        await SaveDraftAsync();
    }

    private async Task RemoveAsync(int index)
    {
        var name = State.Components[index].Name;
        var confirmed = await Dialogs.ConfirmAsync($"Remove \u201c{name}\u201d?", "Its answers are removed from this system.", "Remove", "Keep it");
        if (!confirmed)
        {
            return;
        }
        _toggles.Remove(State.Components[index]);
        State.Remove(index);
        _focus = State.Components.Count > 0 ? () => _toggles[State.Components[Math.Min(index, State.Components.Count - 1)]].FocusAsync().AsTask() : () => _newInput.FocusAsync().AsTask();
        await SaveDraftAsync();
    }

    private async Task ToggleAsync(int index)
    {
        State.Toggle(index);
        if (State.Open == index)
        {
            FocusFirstQuestionOf(index);
        }
        await SaveDraftAsync();
    }

    private async Task TeamAnsweredAsync(string questionId, bool pickedByKey)
    {
        if (pickedByKey)
        {
            FocusAfterTeam(questionId);
        }
        await SaveDraftAsync();
    }

    private Task TeamNextAsync(string questionId)
    {
        FocusAfterTeam(questionId);
        return Task.CompletedTask;
    }

    /// <summary>The next team question, then the open component's first question, then the new component's name.</summary>
    private void FocusAfterTeam(string questionId)
    {
        if (Next(State.AskedTeamQuestions, questionId) is { } next)
        {
            _focus = () => _teamCards[next].FocusAsync();
        }
        else if (State.Open >= 0)
        {
            FocusFirstQuestionOf(State.Open);
        }
        else
        {
            _focus = () => _newInput.FocusAsync().AsTask();
        }
    }

    private async Task ComponentAnsweredAsync(string questionId, bool pickedByKey)
    {
        if (pickedByKey)
        {
            FocusAfterComponent(questionId);
        }
        await SaveDraftAsync();
    }

    private Task ComponentNextAsync(string questionId)
    {
        FocusAfterComponent(questionId);
        return Task.CompletedTask;
    }

    /// <summary>The open component's next question; after its last, the next component's button, or the new component's name.</summary>
    private void FocusAfterComponent(string questionId)
    {
        var open = State.Open;
        if (open < 0)
        {
            return;
        }
        if (Next(State.QuestionsOf(State.Components[open]), questionId) is { } next)
        {
            _focus = () => _componentCards[next].FocusAsync();
        }
        else if (open + 1 < State.Components.Count)
        {
            var following = State.Components[open + 1];
            _focus = () => _toggles[following].FocusAsync().AsTask();
        }
        else
        {
            _focus = () => _newInput.FocusAsync().AsTask();
        }
    }

    private void FocusFirstQuestionOf(int index)
    {
        if (index >= 0 && State.QuestionsOf(State.Components[index]).FirstOrDefault() is { } first)
        {
            _focus = () => _componentCards.TryGetValue(first.Id, out var card) ? card.FocusAsync() : Task.CompletedTask;
        }
    }

    /// <summary>The save panel found no name: the field says so, and focus goes to it.</summary>
    private void NameMissing()
    {
        _nameMissing = true;
        _focus = () => _nameInput.FocusAsync().AsTask();
    }

    private static string? Next(IEnumerable<Question> questions, string questionId) =>
        questions.SkipWhile(q => q.Id != questionId).Skip(1).FirstOrDefault()?.Id;

    private async Task StartOverAsync()
    {
        if (State.Revises is { } revises)
        {
            var stop = await Dialogs.ConfirmAsync("Stop revising?", "The changes to this revision are removed from this browser; your own system is kept.", "Stop revising", "Keep revising");
            if (stop)
            {
                await Storage.DeleteRevisionDraftAsync(revises);
                Navigation.NavigateTo("/systems", forceLoad: true);
            }
            return;
        }
        var confirmed = await Dialogs.ConfirmAsync("Start a new system?", "This clears the name, the team's answers and every component of this one. Systems you saved stay saved.", "Start a new system", "Keep this one");
        if (confirmed)
        {
            State.StartOver();
            await SaveDraftAsync();
        }
    }

    private async Task SaveDraftAsync()
    {
        try
        {
            await Storage.SaveDraftAsync(State.ToDraft(Time.GetUtcNow()));
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone; what it last stored is what the next visit restores.
        }
        catch (JSException)
        {
            _storageProblem = StorageProblem;
        }
    }
}
