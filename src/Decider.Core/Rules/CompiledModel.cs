using System.Collections.Immutable;
using Decider.Core.Content;

namespace Decider.Core.Rules;

/// <summary>
/// The content turned into bit masks so that one evaluation is a few hundred comparisons: each question's
/// answer is a mask of its chosen options, with <see cref="Unanswered"/> for a question left open and 0 for
/// a multi-choice answer of "none" or a question that is not asked.
/// </summary>
internal sealed class CompiledModel
{
    public const ulong Unanswered = 1UL << 63;

    public CompiledModel(DecisionContent content)
    {
        Content = content;
        Questions = [.. content.Questions];
        _questionIndex = Questions.Select((q, i) => (q.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        AskedWhen = [.. Questions.Select(q => q.AskedWhen is null ? null : Compile(q.AskedWhen))];
        Rules = [.. content.Rules.Select(r => new CompiledRule(r, Compile(r.When)))];
        Gates = [.. content.Policy.Gates.Select(CompileGate)];
        Fallback = CompileGate(content.Policy.Fallback);
        Differences = [.. content.Policy.Differences.Select(d => (d, Compile(d.When)))];
        _offers = [.. Questions.Select(Offers)];
        _rulesByQuestion = [.. Enumerable.Range(0, Questions.Length)
            .Select(q => Enumerable.Range(0, Rules.Length).Where(r => Rules[r].Clauses.Any(c => c.Question == q)).ToArray())];
        _hasDependents = [.. Enumerable.Range(0, Questions.Length)
            .Select(q => AskedWhen.Any(condition => condition?.Any(c => c.Question == q) == true))];
    }

    private readonly int[][] _rulesByQuestion;
    private readonly bool[] _hasDependents;

    private readonly Dictionary<string, int> _questionIndex;
    private readonly CounterfactualKind?[][] _offers;

    public ImmutableArray<(SourceDifference Difference, CompiledClause[] Clauses)> Differences { get; }

    public DecisionContent Content { get; }

    public ImmutableArray<Question> Questions { get; }

    public ImmutableArray<CompiledClause[]?> AskedWhen { get; }

    public ImmutableArray<CompiledRule> Rules { get; }

    public ImmutableArray<CompiledGate> Gates { get; }

    public CompiledGate Fallback { get; }

    public int QuestionIndex(string questionId) =>
        _questionIndex.TryGetValue(questionId, out var index) ? index : throw new ArgumentException($"unknown question '{questionId}'", nameof(questionId));

    public ulong OptionBit(int question, string optionId)
    {
        var options = Questions[question].Options;
        for (var i = 0; i < options.Length; i++)
        {
            if (options[i].Id == optionId)
            {
                return 1UL << i;
            }
        }
        return optionId == Condition.Unanswered ? Unanswered
            : throw new ArgumentException($"question '{Questions[question].Id}' has no option '{optionId}'", nameof(optionId));
    }

    public ulong Mask(int question, IEnumerable<string> optionIds) => optionIds.Aggregate(0UL, (mask, o) => mask | OptionBit(question, o));

    public ImmutableArray<string> OptionIds(int question, ulong mask)
    {
        var options = Questions[question].Options;
        var ids = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < options.Length; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                ids.Add(options[i].Id);
            }
        }
        return ids.ToImmutable();
    }

    /// <summary>Drops the answers of questions that are not asked under the other answers.</summary>
    public void ApplyAskedWhen(Span<ulong> answers)
    {
        for (var q = 0; q < answers.Length; q++)
        {
            if (AskedWhen[q] is { } condition && !Holds(condition, answers))
            {
                answers[q] = 0;
            }
        }
    }

    public bool IsAsked(int question, ReadOnlySpan<ulong> answers) => AskedWhen[question] is not { } c || Holds(c, answers);

    /// <summary>
    /// Each axis's score, and the Rust fit over both axes together: the share (0–100, rounded half up) of the weight
    /// that speaks for Rust, with the prior weight on each side.
    /// </summary>
    public Scores Score(ReadOnlySpan<ulong> answers)
    {
        Span<int> weights = stackalloc int[4];
        Weights(answers, weights);
        return Score(weights);
    }

    /// <summary>
    /// The scores after one answer changed, from the weights before it: only the rules that read the changed question
    /// are checked again. Valid when no other question's asked-when reads it (see <see cref="HasDependents"/>).
    /// </summary>
    public Scores ScoreChanged(ReadOnlySpan<int> baseWeights, ReadOnlySpan<ulong> before, ReadOnlySpan<ulong> after, int question)
    {
        Span<int> weights = stackalloc int[4];
        baseWeights.CopyTo(weights);
        foreach (var index in _rulesByQuestion[question])
        {
            var rule = Rules[index];
            var was = Holds(rule.Clauses, before);
            if (was != Holds(rule.Clauses, after))
            {
                weights[rule.Slot] += was ? -rule.Rule.Weight : rule.Rule.Weight;
            }
        }
        return Score(weights);
    }

    /// <summary>The weight for and against on each axis: need for, need against, readiness for, readiness against.</summary>
    public void Weights(ReadOnlySpan<ulong> answers, Span<int> weights)
    {
        weights.Clear();
        foreach (var rule in Rules)
        {
            if (Holds(rule.Clauses, answers))
            {
                weights[rule.Slot] += rule.Rule.Weight;
            }
        }
    }

    /// <summary>Whether another question's asked-when reads this one, so that changing it may change what is asked.</summary>
    public bool HasDependents(int question) => _hasDependents[question];

    private Scores Score(ReadOnlySpan<int> weights)
    {
        var prior = Content.Policy.PriorWeight;
        return new Scores(
            Share(prior + weights[0], prior + weights[1]),
            Share(prior + weights[2], prior + weights[3]),
            Share(prior + weights[0] + weights[2], prior + weights[1] + weights[3]));
    }

    private static int Share(int forWeight, int againstWeight)
    {
        var total = forWeight + againstWeight;
        return (200 * forWeight + total) / (2 * total);
    }

    /// <summary>How many questions that are asked have an answer.</summary>
    public int AnsweredCount(ReadOnlySpan<ulong> answers)
    {
        var count = 0;
        for (var q = 0; q < answers.Length; q++)
        {
            if (answers[q] != Unanswered && IsAsked(q, answers))
            {
                count++;
            }
        }
        return count;
    }

    public CompiledGate Decide(ReadOnlySpan<ulong> answers, Scores scores) => Decide(answers, scores, AnsweredCount(answers));

    public CompiledGate Decide(ReadOnlySpan<ulong> answers, Scores scores, int answered)
    {
        foreach (var gate in Gates)
        {
            if (gate.Applies(answers, scores, answered))
            {
                return gate;
            }
        }
        return Fallback;
    }

    /// <summary>
    /// The kind of advice that changing question <paramref name="question"/> from option <paramref name="from"/> to
    /// option <paramref name="to"/> would be, or null when it is no advice at all (a step back on a lever, a fact that
    /// does not change by itself such as the kind of component).
    /// </summary>
    public CounterfactualKind? Offer(int question, int from, int to) => _offers[question][from * Questions[question].Options.Length + to];

    public static bool Holds(CompiledClause[] clauses, ReadOnlySpan<ulong> answers)
    {
        foreach (var clause in clauses)
        {
            if ((answers[clause.Question] & clause.Mask) == 0)
            {
                return false;
            }
        }
        return true;
    }

    private CompiledGate CompileGate(Gate gate) =>
        new(gate, Compile(gate.When), [.. gate.Unless.Select(Compile)], Content.Verdict(gate.VerdictId));

    private static CounterfactualKind?[] Offers(Question question)
    {
        var options = question.Options;
        var offers = new CounterfactualKind?[options.Length * options.Length];
        if (question.Kind == QuestionKind.Multi)
        {
            return offers;
        }
        for (var from = 0; from < options.Length; from++)
        {
            for (var to = 0; to < options.Length; to++)
            {
                var target = options[to];
                var phrase = question.Role == QuestionRole.Lever ? target.Action : target.Revisit;
                offers[from * options.Length + to] = phrase is not null && target.OfferedFrom.Contains(options[from].Id)
                    ? question.Role == QuestionRole.Lever ? CounterfactualKind.Action : CounterfactualKind.Circumstance
                    : null;
            }
        }
        return offers;
    }

    private CompiledClause[] Compile(Condition condition) =>
        [.. condition.Clauses.Select(c =>
        {
            var question = QuestionIndex(c.QuestionId);
            return new CompiledClause(question, Mask(question, c.OptionIds));
        })];
}

internal readonly record struct CompiledClause(int Question, ulong Mask);

// Plain classes rather than records: they are compared and hashed by identity in the hot path, and
// record equality would walk the whole content behind them.
internal sealed class CompiledRule(Rule rule, CompiledClause[] clauses)
{
    public Rule Rule { get; } = rule;

    public CompiledClause[] Clauses { get; } = clauses;

    /// <summary>Where the rule's weight goes: need for, need against, readiness for, readiness against.</summary>
    public int Slot { get; } = (rule.Axis == Axis.Need ? 0 : 2) + (rule.Direction == Direction.For ? 0 : 1);
}

internal sealed class CompiledGate(Gate gate, CompiledClause[] clauses, CompiledClause[][] unless, Verdict verdict)
{
    public Gate Gate { get; } = gate;

    public Verdict Verdict { get; } = verdict;

    public bool Applies(ReadOnlySpan<ulong> answers, Scores scores, int answered)
    {
        if (answered < Gate.MinAnswers || answered >= Gate.AnswersBelow || !Gate.Bounds.Contain(scores.Need, scores.Readiness) || !CompiledModel.Holds(clauses, answers))
        {
            return false;
        }
        foreach (var condition in unless)
        {
            if (CompiledModel.Holds(condition, answers))
            {
                return false;
            }
        }
        return true;
    }
}
