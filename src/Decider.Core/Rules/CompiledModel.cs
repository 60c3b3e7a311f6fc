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
        Gates = [.. content.Policy.Gates.Select(g => new CompiledGate(g, Compile(g.When), content.Verdict(g.VerdictId)))];
        Fallback = new CompiledGate(content.Policy.Fallback, [], content.Verdict(content.Policy.Fallback.VerdictId));
    }

    private readonly Dictionary<string, int> _questionIndex;

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

    /// <summary>The share (0–100, rounded half up) of the weight that speaks for Rust, priors included.</summary>
    public int Fit(ReadOnlySpan<ulong> answers)
    {
        var prior = Content.Policy.PriorWeight;
        int forWeight = prior, againstWeight = prior;
        foreach (var rule in Rules)
        {
            if (Holds(rule.Clauses, answers))
            {
                if (rule.Rule.Direction == Direction.For)
                {
                    forWeight += rule.Rule.Weight;
                }
                else
                {
                    againstWeight += rule.Rule.Weight;
                }
            }
        }
        var total = forWeight + againstWeight;
        return (200 * forWeight + total) / (2 * total);
    }

    public CompiledGate Decide(ReadOnlySpan<ulong> answers, int fit)
    {
        foreach (var gate in Gates)
        {
            if (fit >= gate.MinFit && Holds(gate.Clauses, answers))
            {
                return gate;
            }
        }
        return Fallback;
    }

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
}

internal sealed class CompiledGate(Gate gate, CompiledClause[] clauses, Verdict verdict)
{
    public Gate Gate { get; } = gate;

    public CompiledClause[] Clauses { get; } = clauses;

    public Verdict Verdict { get; } = verdict;

    public int MinFit { get; } = gate.MinFit;
}
