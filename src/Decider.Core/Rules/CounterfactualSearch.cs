using System.Collections.Immutable;
using Decider.Core.Content;

namespace Decider.Core.Rules;

/// <summary>
/// Finds the smallest answer changes that change the verdict. Every single change is tried; a verdict
/// that no single change reaches is looked for among pairs of the changes that move the Rust-fit most
/// or reach another gate, so the search stays bounded. Every result comes from a real re-evaluation.
/// </summary>
internal sealed class CounterfactualSearch
{
    private const int PerVerdict = 2;
    private const int MaxResults = 10;
    private const int PoolPerKind = 4;

    private readonly CompiledModel _model;
    private readonly ulong[] _raw;
    private readonly ulong[] _effective;
    private readonly CompiledGate _current;
    private readonly List<Trial> _singles;

    public CounterfactualSearch(CompiledModel model, ulong[] raw, ulong[] effective, CompiledGate current)
    {
        _model = model;
        _raw = raw;
        _effective = effective;
        _current = current;
        _singles = new List<Trial>(model.Questions.Sum(q => q.Options.Length));
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

    public ImmutableArray<Counterfactual> Find()
    {
        var currentId = _current.Verdict.Id;
        var found = new List<Trial>(MaxResults * 2);
        var taken = new Dictionary<string, int>(StringComparer.Ordinal) { [currentId] = PerVerdict };
        var singles = _singles.FindAll(t => t.Gate.Verdict.Id != currentId);
        singles.Sort(ByRank);
        Take(singles, taken, found);
        if (taken.Count < _model.Content.Verdicts.Length)
        {
            var pairs = Pairs(taken);
            pairs.Sort(ByRank);
            Take(pairs, taken, found);
        }
        found.Sort(ByRank);
        return [.. found.Take(MaxResults).Select(ToCounterfactual)];
    }

    /// <summary>Keeps the best few trials for each verdict; <paramref name="taken"/> counts them.</summary>
    private static void Take(List<Trial> ranked, Dictionary<string, int> taken, List<Trial> found)
    {
        foreach (var trial in ranked)
        {
            var count = taken.GetValueOrDefault(trial.Gate.Verdict.Id);
            if (count < PerVerdict)
            {
                taken[trial.Gate.Verdict.Id] = count + 1;
                found.Add(trial);
            }
        }
    }

    /// <summary>Fewest changes first, then the smallest moves, then content order: a total order, so results are stable.</summary>
    private static int ByRank(Trial a, Trial b)
    {
        var order = (a.Second is null ? 1 : 2).CompareTo(b.Second is null ? 1 : 2);
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
            for (var i = 0; i < question.Options.Length; i++)
            {
                var bit = 1UL << i;
                var to = question.Kind == QuestionKind.Single || from == CompiledModel.Unanswered ? bit : from ^ bit;
                if (to != from)
                {
                    var change = new Change(q, from, to, Distance(question, from, i));
                    _singles.Add(Evaluate(change, null));
                }
            }
        }
    }

    /// <summary>Pairs that reach a verdict no single change reaches (those not yet in <paramref name="reached"/>).</summary>
    private List<Trial> Pairs(Dictionary<string, int> reached)
    {
        var pairs = new List<Trial>();
        var pool = _singles.OrderByDescending(t => t.Fit).Take(PoolPerKind)
            .Concat(_singles.OrderBy(t => t.Fit).Take(PoolPerKind))
            .Concat(_singles.Where(t => t.Gate != _current).Take(PoolPerKind))
            .Distinct()
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
                if (!reached.ContainsKey(trial.Gate.Verdict.Id))
                {
                    pairs.Add(trial);
                }
            }
        }
        return pairs;
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
        var fit = _model.Fit(answers);
        return new Trial(first, second, fit, _model.Decide(answers, fit));
    }

    /// <summary>How far a change moves: one step to a neighbouring option, more for a jump across the scale.</summary>
    private static int Distance(Question question, ulong from, int toIndex) =>
        question.Kind == QuestionKind.Multi || from == CompiledModel.Unanswered
            ? 1
            : Math.Abs(System.Numerics.BitOperations.TrailingZeroCount(from) - toIndex);

    private Counterfactual ToCounterfactual(Trial trial)
    {
        var changes = trial.Second is { } second ? [ToAnswerChange(trial.First), ToAnswerChange(second)] : ImmutableArray.Create(ToAnswerChange(trial.First));
        return new Counterfactual(changes, trial.Gate.Verdict, trial.Fit);
    }

    private AnswerChange ToAnswerChange(Change change) => new(
        _model.Questions[change.Question].Id,
        change.From == CompiledModel.Unanswered ? null : _model.OptionIds(change.Question, change.From),
        _model.OptionIds(change.Question, change.To));

    private readonly record struct Change(int Question, ulong From, ulong To, int Distance);

    private readonly record struct Trial(Change First, Change? Second, int Fit, CompiledGate Gate)
    {
        public int Distance => First.Distance + (Second?.Distance ?? 0);
    }
}
