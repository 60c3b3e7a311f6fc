using System.Collections.Immutable;
using Decider.Core.Content;

namespace Decider.Core.Rules;

/// <summary>
/// Turns answers into an explained verdict under one version of the content. Pure and deterministic:
/// the same answers and content always give the same evaluation.
/// </summary>
public sealed class DecisionEngine
{
    private readonly CompiledModel _model;

    public DecisionEngine(DecisionContent content)
    {
        Content = content;
        _model = new CompiledModel(content);
    }

    public DecisionContent Content { get; }

    /// <exception cref="ArgumentException">An answer names an unknown question or option, or has the wrong shape.</exception>
    public Evaluation Evaluate(AnswerSet answers)
    {
        var raw = Encode(answers);
        var effective = (ulong[])raw.Clone();
        _model.ApplyAskedWhen(effective);
        var scores = _model.Score(effective);
        var decided = _model.Decide(effective, scores);

        var search = new CounterfactualSearch(_model, raw, effective, scores, decided);
        var open = OpenQuestions(effective, search);
        var reasons = Reasons(effective);
        return new Evaluation(
            decided.Verdict,
            decided.Gate,
            Deciding(decided.Gate, reasons),
            scores,
            ConfidenceOf(effective, open, search),
            reasons,
            [.. open.Select(q => _model.Questions[q])],
            search.Outcomes(open),
            search.Find(),
            Differences(effective, decided.Verdict),
            Decode(effective),
            Content.Version);
    }

    /// <summary>The verdict alone, without reasons or advice: for asking many "what if" questions at once.</summary>
    /// <exception cref="ArgumentException">An answer names an unknown question or option, or has the wrong shape.</exception>
    public Verdict VerdictOf(AnswerSet answers)
    {
        var effective = Encode(answers);
        _model.ApplyAskedWhen(effective);
        return _model.Decide(effective, _model.Score(effective)).Verdict;
    }

    /// <summary>The strongest reasons of the kind the deciding gate names, so its "why" points at what decides this case.</summary>
    private static ImmutableArray<Rule> Deciding(Gate gate, ImmutableArray<Rule> reasons) =>
        gate.Because is { } because
            ? [.. reasons.Where(r => r.Axis == because.Axis && r.Direction == because.Direction).Take(3)]
            : [];

    private ImmutableArray<SourceDifference> Differences(ulong[] effective, Verdict verdict) =>
        [.. _model.Differences
            .Where(d => (d.Difference.VerdictIds.IsEmpty || d.Difference.VerdictIds.Contains(verdict.Id)) && CompiledModel.Holds(d.Clauses, effective))
            .Select(d => d.Difference)];

    /// <summary>The ids of the questions asked at all under <paramref name="answers"/> (their asked-when holds).</summary>
    public ImmutableHashSet<string> AskedQuestions(AnswerSet answers)
    {
        var state = Encode(answers);
        _model.ApplyAskedWhen(state);
        return [.. Enumerable.Range(0, state.Length).Where(q => _model.IsAsked(q, state)).Select(q => _model.Questions[q].Id)];
    }

    private ulong[] Encode(AnswerSet answers)
    {
        var state = new ulong[_model.Questions.Length];
        Array.Fill(state, CompiledModel.Unanswered);
        foreach (var (questionId, options) in answers.Values)
        {
            var q = _model.QuestionIndex(questionId);
            if (_model.Questions[q].Kind == QuestionKind.Single && options.Length != 1)
            {
                throw new ArgumentException($"question '{questionId}' takes exactly one option", nameof(answers));
            }
            if (options.Contains(Condition.Unanswered))
            {
                throw new ArgumentException($"'{Condition.Unanswered}' is not an option of '{questionId}'", nameof(answers));
            }
            state[q] = _model.Mask(q, options);
        }
        return state;
    }

    private AnswerSet Decode(ulong[] effective) =>
        AnswerSet.From(Enumerable.Range(0, effective.Length)
            .Where(q => effective[q] != CompiledModel.Unanswered && _model.IsAsked(q, effective))
            .Select(q => KeyValuePair.Create(_model.Questions[q].Id, _model.OptionIds(q, effective[q]))));

    /// <summary>The rules that hold, strongest first; ties keep the content's order.</summary>
    private ImmutableArray<Rule> Reasons(ulong[] effective) =>
        [.. _model.Rules.Where(r => CompiledModel.Holds(r.Clauses, effective)).Select(r => r.Rule).OrderByDescending(r => r.Weight)];

    /// <summary>Open questions that are asked, those whose answer could change the verdict first.</summary>
    private List<int> OpenQuestions(ulong[] effective, CounterfactualSearch search) =>
        [.. Enumerable.Range(0, effective.Length)
            .Where(q => effective[q] == CompiledModel.Unanswered && _model.IsAsked(q, effective))
            .OrderBy(q => search.CanChangeVerdict(q) ? 0 : 1)
            .ThenBy(q => q)];

    /// <summary>
    /// Confidence falls with open questions that could change the verdict, and with how much is open at all.
    /// </summary>
    private Confidence ConfidenceOf(ulong[] effective, List<int> open, CounterfactualSearch search)
    {
        var asked = Enumerable.Range(0, effective.Length).Count(q => _model.IsAsked(q, effective));
        var mattering = open.Count(search.CanChangeVerdict);
        if (mattering >= 3 || open.Count * 2 >= asked)
        {
            return Confidence.Low;
        }
        return mattering >= 1 || open.Count >= 4 ? Confidence.Medium : Confidence.High;
    }
}
