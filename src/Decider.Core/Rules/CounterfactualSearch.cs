using System.Collections.Immutable;
using Decider.Core.Content;

namespace Decider.Core.Rules;

/// <summary>
/// Finds the smallest answer changes that change the verdict, and what each answer to an open question would make
/// it. Every single change is tried. Only changes that are advice become counterfactuals: a lever moved forward (an
/// action) or a fact that may change with time (a circumstance), never the kind of component or the current stack.
/// A verdict that no single change reaches is looked for among pairs of actions, so the search stays bounded and a
/// pair is always two steps the team can take. Every result comes from a real re-evaluation.
/// </summary>
internal sealed class CounterfactualSearch
{
    private const int PerVerdict = 2;
    private const int MaxResults = 10;
    private const int PairPool = 6;

    private readonly CompiledModel _model;
    private readonly ulong[] _raw;
    private readonly ulong[] _effective;
    private readonly CompiledGate _current;
    private readonly Scores _scores;
    private readonly List<Trial> _singles;
    private readonly int[] _baseWeights = new int[4];
    private readonly int _baseAnswered;

    public CounterfactualSearch(CompiledModel model, ulong[] raw, ulong[] effective, Scores scores, CompiledGate current)
    {
        _model = model;
        _raw = raw;
        _effective = effective;
        _scores = scores;
        _current = current;
        _singles = new List<Trial>(model.Questions.Sum(q => q.Options.Length));
        model.Weights(effective, _baseWeights);
        _baseAnswered = model.AnsweredCount(effective);
        TrySingles();
    }

    public bool CanChangeVerdict(int question)
    {
        foreach (var trial in _singles)
        {
            if (trial.First.Question == question && trial.Gate.Verdict.Id != _current.Verdict.Id)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>For each open question that could change the verdict: which of its answers would give which verdict.</summary>
    public ImmutableArray<OpenQuestionOutcomes> Outcomes(IEnumerable<int> openQuestions) =>
        [.. openQuestions.Where(CanChangeVerdict).Select(q => new OpenQuestionOutcomes(
            _model.Questions[q],
            [.. _singles.Where(t => t.First.Question == q)
                .GroupBy(t => t.Gate.Verdict.Id, StringComparer.Ordinal)
                .Select(g => new Outcome([.. g.SelectMany(t => _model.OptionIds(q, t.First.To))], g.First().Gate.Verdict))]))];

    public ImmutableArray<Counterfactual> Find()
    {
        var currentId = _current.Verdict.Id;
        var found = new List<Trial>(MaxResults * 2);
        var taken = new Dictionary<(string, CounterfactualKind), int>();
        var singles = _singles.FindAll(t => t.First.Offer is not null && t.Gate.Verdict.Id != currentId);
        singles.Sort(ByRank);
        Take(singles, taken, found);
        var pairs = Pairs([.. singles.Select(t => t.Gate.Verdict.Id)]);
        pairs.Sort(ByRank);
        Take(pairs, taken, found);
        found.Sort(ByRank);
        return [.. found.Take(MaxResults).Select(ToCounterfactual)];
    }

    /// <summary>Keeps the best few trials for each verdict and kind; <paramref name="taken"/> counts them.</summary>
    private static void Take(List<Trial> ranked, Dictionary<(string, CounterfactualKind), int> taken, List<Trial> found)
    {
        foreach (var trial in ranked)
        {
            var key = (trial.Gate.Verdict.Id, trial.Kind);
            var count = taken.GetValueOrDefault(key);
            if (count < PerVerdict)
            {
                taken[key] = count + 1;
                found.Add(trial);
            }
        }
    }

    /// <summary>Fewest changes first, actions before circumstances, then the smallest moves, then content order: a total order, so results are stable.</summary>
    private static int ByRank(Trial a, Trial b)
    {
        var order = (a.Second is null ? 1 : 2).CompareTo(b.Second is null ? 1 : 2);
        if (order == 0) order = a.Kind.CompareTo(b.Kind);
        if (order == 0) order = a.Distance.CompareTo(b.Distance);
        if (order == 0) order = a.First.Question.CompareTo(b.First.Question);
        if (order == 0) order = a.First.To.CompareTo(b.First.To);
        if (order == 0) order = (a.Second?.Question ?? -1).CompareTo(b.Second?.Question ?? -1);
        if (order == 0) order = (a.Second?.To ?? 0).CompareTo(b.Second?.To ?? 0);
        return order;
    }

    private void TrySingles()
    {
        for (var q = 0; q < _effective.Length; q++)
        {
            if (!_model.IsAsked(q, _effective))
            {
                continue;
            }
            var question = _model.Questions[q];
            var from = _effective[q];
            var open = from == CompiledModel.Unanswered;
            var fromIndex = open || question.Kind == QuestionKind.Multi ? -1 : System.Numerics.BitOperations.TrailingZeroCount(from);
            for (var i = 0; i < question.Options.Length; i++)
            {
                var bit = 1UL << i;
                var to = question.Kind == QuestionKind.Single || open ? bit : from ^ bit;
                if (to != from)
                {
                    var offer = fromIndex < 0 ? null : _model.Offer(q, fromIndex, i);
                    var change = new Change(q, from, to, fromIndex < 0 ? 1 : Math.Abs(fromIndex - i), offer);
                    _singles.Add(_model.HasDependents(q) ? Evaluate(change, null) : EvaluateSingle(change));
                }
            }
        }
    }

    /// <summary>
    /// Pairs of actions that reach a verdict no single piece of advice reaches (those not in <paramref name="reached"/>),
    /// from the actions that raise readiness most. Each action in a pair must move both scores the same way or not at
    /// all, so the two pull toward the same verdict rather than one undoing the other.
    /// </summary>
    private List<Trial> Pairs(HashSet<string> reached)
    {
        var pairs = new List<Trial>();
        var pool = _singles.Where(t => t.First.Offer == CounterfactualKind.Action && t.Scores.Need >= _scores.Need && t.Scores.Readiness >= _scores.Readiness)
            .OrderByDescending(t => t.Scores.Readiness).ThenByDescending(t => t.Scores.Need)
            .Take(PairPool)
            .ToList();
        for (var a = 0; a < pool.Count; a++)
        {
            for (var b = a + 1; b < pool.Count; b++)
            {
                if (pool[a].First.Question == pool[b].First.Question)
                {
                    continue;
                }
                var trial = Evaluate(pool[a].First, pool[b].First);
                var verdict = trial.Gate.Verdict.Id;
                if (verdict != _current.Verdict.Id && !reached.Contains(verdict))
                {
                    pairs.Add(trial);
                }
            }
        }
        return pairs;
    }

    /// <summary>
    /// One change to a question nothing else's asking depends on: the other answers stay as they are, so only the
    /// rules that read it are scored again, and the count of answers moves by at most one.
    /// </summary>
    private Trial EvaluateSingle(Change change)
    {
        Span<ulong> answers = stackalloc ulong[_effective.Length];
        _effective.CopyTo(answers);
        answers[change.Question] = change.To;
        var scores = _model.ScoreChanged(_baseWeights, _effective, answers, change.Question);
        var answered = _baseAnswered + (change.From == CompiledModel.Unanswered ? 1 : 0);
        return new Trial(change, null, scores, _model.Decide(answers, scores, answered));
    }

    private Trial Evaluate(Change first, Change? second)
    {
        Span<ulong> answers = stackalloc ulong[_raw.Length];
        _raw.CopyTo(answers);
        answers[first.Question] = first.To;
        if (second is { } s)
        {
            answers[s.Question] = s.To;
        }
        _model.ApplyAskedWhen(answers);
        var scores = _model.Score(answers);
        return new Trial(first, second, scores, _model.Decide(answers, scores));
    }

    private Counterfactual ToCounterfactual(Trial trial)
    {
        var changes = trial.Second is { } second ? [ToAnswerChange(trial.First), ToAnswerChange(second)] : ImmutableArray.Create(ToAnswerChange(trial.First));
        return new Counterfactual(changes, trial.Gate.Verdict, trial.Scores, trial.Kind);
    }

    private AnswerChange ToAnswerChange(Change change) => new(
        _model.Questions[change.Question].Id,
        change.From == CompiledModel.Unanswered ? null : _model.OptionIds(change.Question, change.From),
        _model.OptionIds(change.Question, change.To));

    /// <summary>One answer changed; <see cref="Offer"/> is the kind of advice it is, or null when it is none.</summary>
    private readonly record struct Change(int Question, ulong From, ulong To, int Distance, CounterfactualKind? Offer);

    private readonly record struct Trial(Change First, Change? Second, Scores Scores, CompiledGate Gate)
    {
        public int Distance => First.Distance + (Second?.Distance ?? 0);

        public CounterfactualKind Kind => First.Offer ?? CounterfactualKind.Action;
    }
}
