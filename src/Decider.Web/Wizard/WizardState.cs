using System.Security.Cryptography;
using Decider.Web.Assessments;
using Decider.Web.Shared;

namespace Decider.Web.Wizard;

/// <summary>
/// Everything the wizard knows: the step, the answers and the result they give. A plain class, so tests
/// can drive it without a browser. Every change re-evaluates, and answers to questions that are no longer
/// asked are dropped.
/// </summary>
public sealed class WizardState : IAnswerSheet
{
    private readonly Dictionary<string, string> _notices = new(StringComparer.Ordinal);
    private SavedReport? _report;
    private System.Collections.Immutable.ImmutableHashSet<string> _asked = [];

    public WizardState(DecisionEngine engine)
    {
        Engine = engine;
        Result = engine.Evaluate(Answers);
        _asked = engine.AskedQuestions(Answers);
    }

    public DecisionEngine Engine { get; }

    public DecisionContent Content => Engine.Content;

    public string DraftId { get; private set; } = NewDraftId();

    /// <summary>The step shown; <see cref="StepCount"/> is the result.</summary>
    public int StepIndex { get; private set; }

    public int StepCount => Content.Steps.Length;

    public bool OnResult => StepIndex >= StepCount;

    public Step? CurrentStep => OnResult ? null : Content.Steps[StepIndex];

    public AnswerSet Answers { get; private set; } = AnswerSet.Empty;

    public Evaluation Result { get; private set; }

    /// <summary>The result as the result view and a saved assessment show it.</summary>
    public SavedReport Report => _report ??= SavedReport.From(Result, Content);

    /// <summary>Set when the last evaluation failed; the answers and the last good result stay.</summary>
    public string? Error { get; private set; }

    /// <summary>The saved assessment this draft revises, if any, and the title, notes and revisit date it had.</summary>
    public string? Revises { get; private set; }

    public string? Title { get; private set; }

    public string? Notes { get; private set; }

    public string? RevisitBy { get; private set; }

    /// <summary>Per question: an earlier answer that the current content no longer offers.</summary>
    public IReadOnlyDictionary<string, string> Notices => _notices;

    public IEnumerable<Question> QuestionsOf(Step step) =>
        Content.QuestionsInStep(step.Id).Where(q => _asked.Contains(q.Id));

    public int AnsweredIn(Step step) => QuestionsOf(step).Count(q => Answers.IsAnswered(q.Id));

    public void Choose(string questionId, params string[] optionIds) => Change(Answers.With(questionId, [.. optionIds]), questionId);

    public void Toggle(string questionId, string optionId)
    {
        var chosen = Answers.Get(questionId) ?? [];
        Choose(questionId, chosen.Contains(optionId) ? [.. chosen.Where(o => o != optionId)] : [.. chosen, optionId]);
    }

    public void SetDontKnow(string questionId) => Change(Answers.Without(questionId), questionId);

    public void GoTo(int step) => StepIndex = Math.Clamp(step, 0, StepCount);

    public void GoToQuestion(string questionId) =>
        GoTo(Content.Steps.Select((s, i) => (s, i)).First(x => x.s.Id == Content.Question(questionId).StepId).i);

    /// <summary>Takes a counterfactual's answers, to explore where they lead.</summary>
    public void Apply(Counterfactual counterfactual)
    {
        foreach (var change in counterfactual.Changes)
        {
            _notices.Remove(change.QuestionId);
        }
        Change(Answers.Apply(counterfactual.Changes), null);
    }

    /// <summary>Puts back answers held from before, as Undo after "Try this" does.</summary>
    public void Revert(AnswerSet answers) => Change(answers, null);

    public void StartOver()
    {
        DraftId = NewDraftId();
        Revises = null;
        Title = null;
        Notes = null;
        RevisitBy = null;
        StepIndex = 0;
        _notices.Clear();
        Change(AnswerSet.Empty, null);
    }

    public void Retry() => Change(Answers, null);

    public Draft ToDraft(DateTimeOffset now) =>
        new(DraftId, StepIndex, DraftAnswers.Write(Answers), now, Revises, Title, Notes, RevisitBy);

    /// <summary>
    /// Starts a new draft from a saved assessment's answers, to save as its revision; a saved answer today's content no
    /// longer accepts gets a notice on its question.
    /// </summary>
    public void StartRevision(Assessment assessment, ParsedAnswers saved, DateOnly today)
    {
        // A revisit date already past is not offered again: the save form accepts only today or later.
        var revisitBy = assessment.RevisitBy >= today ? assessment.RevisitBy?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
        Restore(new Draft(NewDraftId(), 0, DraftAnswers.Write(saved.Answers),
            DateTimeOffset.UnixEpoch, assessment.Id, assessment.Title, assessment.Notes, revisitBy));
        foreach (var questionId in saved.Errors.Select(e => e.QuestionId).Where(q => Content.FindQuestion(q) is not null))
        {
            _notices[questionId] = "The saved answer is no longer one of the options. Please choose again.";
        }
    }

    /// <summary>A new draft from a saved system's component: its name as the title, the team's answers under its own.</summary>
    public void StartFromComponent(string name, ParsedAnswers answers) =>
        Restore(new Draft(NewDraftId(), 0, DraftAnswers.Write(answers.Answers),
            DateTimeOffset.UnixEpoch, null, name, null, null));

    /// <summary>
    /// Takes a saved draft back through the one answer parser. Answers the content no longer accepts are left out,
    /// each with a notice on its question, rather than failing; answers to questions it no longer has are dropped.
    /// </summary>
    public void Restore(Draft draft)
    {
        DraftId = draft.Id;
        Revises = draft.Revises;
        Title = draft.Title;
        Notes = draft.Notes;
        RevisitBy = draft.RevisitBy;
        _notices.Clear();
        var (answers, notices) = DraftAnswers.Read(Content, draft.Answers);
        foreach (var (questionId, notice) in notices)
        {
            _notices[questionId] = notice;
        }
        StepIndex = Math.Clamp(draft.Step, 0, StepCount);
        Change(answers, null);
    }

    private void Change(AnswerSet answers, string? questionId)
    {
        if (questionId is not null)
        {
            _notices.Remove(questionId);
        }
        try
        {
            Result = Engine.Evaluate(answers);
            Answers = Result.Answers;
            _asked = Engine.AskedQuestions(Answers);
            _report = null;
            Error = null;
        }
        catch (ArgumentException e)
        {
            Answers = answers;
            Error = $"The verdict could not be worked out from these answers: {e.Message}";
        }
    }

    private static string NewDraftId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
