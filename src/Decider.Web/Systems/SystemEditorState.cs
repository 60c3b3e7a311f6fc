using System.Collections.Immutable;
using System.Security.Cryptography;
using Decider.Core.Systems;
using Decider.Web.Shared;

namespace Decider.Web.Systems;

/// <summary>
/// Everything the system editor knows: the name, the team answered once, the components in order with their own
/// answers, and the map they give. A plain class, so tests can drive it without a browser. Every change evaluates the
/// map again; a component's answers to questions it is no longer asked are dropped, as in the wizard.
/// </summary>
public sealed class SystemEditorState
{
    private readonly List<Part> _components = [];

    public SystemEditorState(DecisionEngine engine)
    {
        Engine = engine;
        Team = new Part(this, "");
        TeamQuestions = [.. Content.Steps.SelectMany(s => Content.QuestionsInStep(s.Id)).Where(q => q.About == QuestionAbout.Team)];
        Evaluate();
    }

    /// <summary>The most components a system holds, as the API allows.</summary>
    public const int MaxComponents = ISystemRequest.MaxComponents;

    public DecisionEngine Engine { get; }

    public DecisionContent Content => Engine.Content;

    public string DraftId { get; private set; } = NewDraftId();

    public string? Name { get; set; }

    public string? Notes { get; set; }

    public string? RevisitBy { get; set; }

    /// <summary>The saved system this draft revises, if any; saving it makes a new system linked to that one.</summary>
    public string? Revises { get; private set; }

    /// <summary>The team profile: the questions about people and the stack, answered once for every component.</summary>
    public Part Team { get; }

    public ImmutableArray<Question> TeamQuestions { get; }

    public IReadOnlyList<Part> Components => _components;

    /// <summary>The component whose questions are shown, or -1.</summary>
    public int Open { get; private set; } = -1;

    public SystemMap Map { get; private set; } = null!;

    public SystemMapResponse MapResponse => SystemMapResponse.From(Map, Content);

    /// <summary>The questions about the component asked under the team's answers and its own, in the wizard's order.</summary>
    public IEnumerable<Question> QuestionsOf(Part component)
    {
        var asked = Engine.AskedQuestions(SystemMap.Combine(Team.Answers, component.Answers));
        return Content.Steps.SelectMany(s => Content.QuestionsInStep(s.Id)).Where(q => q.About == QuestionAbout.Component && asked.Contains(q.Id));
    }

    public IEnumerable<Question> AskedTeamQuestions
    {
        get
        {
            var asked = Engine.AskedQuestions(Team.Answers);
            return TeamQuestions.Where(q => asked.Contains(q.Id));
        }
    }

    /// <summary>Whether another component already has this name (names tell components apart on the map).</summary>
    public bool IsTaken(string name, Part? other = null) =>
        _components.Any(c => c != other && string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds a component at the end and opens it; false when the name is blank, too long or taken, or the system is full.</summary>
    public bool Add(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > ISystemRequest.MaxName || IsTaken(name) || _components.Count >= MaxComponents)
        {
            return false;
        }
        _components.Add(new Part(this, name.Trim()));
        Open = _components.Count - 1;
        Evaluate();
        return true;
    }

    /// <summary>Renames a component; a blank, too long or taken name keeps the old one.</summary>
    public void Rename(int index, string? name)
    {
        if (!string.IsNullOrWhiteSpace(name) && name.Trim().Length <= ISystemRequest.MaxName && !IsTaken(name, _components[index]))
        {
            _components[index].Name = name.Trim();
            Evaluate();
        }
    }

    /// <summary>Moves a component up (-1) or down (+1); the open one stays open.</summary>
    public void Move(int index, int by)
    {
        var to = index + by;
        if (to < 0 || to >= _components.Count)
        {
            return;
        }
        var openPart = Open >= 0 ? _components[Open] : null;
        (_components[index], _components[to]) = (_components[to], _components[index]);
        Open = openPart is null ? -1 : _components.IndexOf(openPart);
        Evaluate();
    }

    public void Remove(int index)
    {
        var openPart = Open >= 0 ? _components[Open] : null;
        _components.RemoveAt(index);
        Open = openPart is null ? -1 : _components.IndexOf(openPart);
        Evaluate();
    }

    /// <summary>Opens a component's questions, or closes them when it is open already.</summary>
    public void Toggle(int index) => Open = Open == index ? -1 : index;

    public void StartOver()
    {
        DraftId = NewDraftId();
        Name = Notes = RevisitBy = Revises = null;
        Team.Reset();
        _components.Clear();
        Open = -1;
        Evaluate();
    }

    public SystemDraft ToDraft(DateTimeOffset now) =>
        new(DraftId, Name, DraftAnswers.Write(Team.Answers), [.. _components.Select(c => new ComponentDraft(c.Name, DraftAnswers.Write(c.Answers)))],
            Open, now, Notes, RevisitBy, Revises);

    /// <summary>Takes a kept draft back; answers today's content no longer accepts get a notice on their question.</summary>
    public void Restore(SystemDraft draft)
    {
        DraftId = draft.Id;
        Name = draft.Name;
        Notes = draft.Notes;
        RevisitBy = draft.RevisitBy;
        Revises = draft.Revises;
        Team.Restore(draft.Team);
        _components.Clear();
        // A kept draft is the browser's to change: what the editor would not take is left out here too.
        foreach (var component in (draft.Components ?? []).Where(c => !string.IsNullOrWhiteSpace(c.Name) && c.Name.Trim().Length <= ISystemRequest.MaxName)
            .DistinctBy(c => c.Name.Trim(), StringComparer.OrdinalIgnoreCase).Take(MaxComponents))
        {
            var part = new Part(this, component.Name.Trim());
            part.Restore(component.Answers);
            _components.Add(part);
        }
        Open = draft.Open >= 0 && draft.Open < _components.Count ? draft.Open : -1;
        Evaluate();
    }

    /// <summary>
    /// Starts a new draft from a saved system, to save as its revision. A revisit date already past is not offered
    /// again: the save form accepts only today or later.
    /// </summary>
    public void StartRevision(SavedSystem saved, DateOnly today)
    {
        var (team, components) = saved.ToSystem(Content);
        Restore(new SystemDraft(NewDraftId(), saved.Title, DraftAnswers.Write(team),
            [.. components.Select(c => new ComponentDraft(c.Name, DraftAnswers.Write(c.Answers)))], -1, DateTimeOffset.UnixEpoch, saved.Notes,
            saved.RevisitBy >= today ? saved.RevisitBy?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null, saved.Id));
    }

    /// <summary>A key for what the system says: the same name, team and components give the same key.</summary>
    public string Key => string.Join("|", [Name ?? "", DraftAnswers.Key(Team.Answers), .. _components.Select(c => $"{c.Name}:{DraftAnswers.Key(c.Answers)}")]);

    /// <summary>The team and the components as the saver and the API take them.</summary>
    public (AnswerSet Team, IReadOnlyList<SystemComponent> Components) ToSystem() =>
        (Team.Answers, [.. _components.Select(c => new SystemComponent(c.Name, c.Answers))]);

    private void Evaluate()
    {
        foreach (var component in _components)
        {
            // The engine keeps only the answers to questions still asked; the team's answers stay the team's.
            var kept = Engine.Evaluate(SystemMap.Combine(Team.Answers, component.Answers)).Answers;
            component.Keep(kept);
        }
        var (team, components) = ToSystem();
        Map = SystemMap.Evaluate(Engine, team, components);
    }

    private static string NewDraftId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    /// <summary>One part of the system as a question card answers it: the team profile or one component.</summary>
    public sealed class Part : IAnswerSheet
    {
        private readonly SystemEditorState _owner;
        private readonly Dictionary<string, string> _notices = new(StringComparer.Ordinal);

        internal Part(SystemEditorState owner, string name)
        {
            _owner = owner;
            Name = name;
        }

        public string Name { get; internal set; }

        public DecisionContent Content => _owner.Content;

        public AnswerSet Answers { get; private set; } = AnswerSet.Empty;

        public IReadOnlyDictionary<string, string> Notices => _notices;

        /// <summary>The component's verdict on the map, or null for the team.</summary>
        public ComponentResult? Result => _owner._components.IndexOf(this) is >= 0 and var i && i < _owner.Map.Components.Length ? _owner.Map.Components[i] : null;

        public int AnsweredCount => _owner.QuestionsOf(this).Count(q => Answers.IsAnswered(q.Id));

        public void Choose(string questionId, params string[] optionIds) => Change(Answers.With(questionId, [.. optionIds]), questionId);

        public void Toggle(string questionId, string optionId)
        {
            var chosen = Answers.Get(questionId) ?? [];
            Choose(questionId, chosen.Contains(optionId) ? [.. chosen.Where(o => o != optionId)] : [.. chosen, optionId]);
        }

        public void SetDontKnow(string questionId) => Change(Answers.Without(questionId), questionId);

        internal void Reset()
        {
            Answers = AnswerSet.Empty;
            _notices.Clear();
        }

        internal void Restore(Dictionary<string, string[]>? draft)
        {
            var (answers, notices) = DraftAnswers.Read(Content, draft);
            Answers = answers;
            _notices.Clear();
            foreach (var (questionId, notice) in notices)
            {
                _notices[questionId] = notice;
            }
        }

        /// <summary>Drops this component's answers the engine no longer keeps.</summary>
        internal void Keep(AnswerSet kept) =>
            Answers = AnswerSet.From(Answers.Values.Where(a => kept.IsAnswered(a.Key)));

        private void Change(AnswerSet answers, string questionId)
        {
            _notices.Remove(questionId);
            Answers = answers;
            _owner.Evaluate();
        }
    }
}
