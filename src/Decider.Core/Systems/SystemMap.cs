using System.Collections.Immutable;
using Decider.Core.Content;
using Decider.Core.Rules;

namespace Decider.Core.Systems;

/// <summary>One component of a system, named, with the answers given for it alone.</summary>
public sealed record SystemComponent(string Name, AnswerSet Answers);

/// <summary>A component's verdict: its own answers over the team profile's.</summary>
public sealed record ComponentResult(string Name, Evaluation Evaluation);

/// <summary>A component a lever would move, and from which verdict to which.</summary>
public sealed record ComponentMove(string Name, Verdict From, Verdict To);

/// <summary>
/// A change to the team profile the team can make (an option of a team lever with an action), and the components
/// whose verdict it would change. Components that answer the question themselves are not moved by it.
/// </summary>
public sealed record SystemLever(Question Question, ImmutableArray<string>? From, QuestionOption To, ImmutableArray<ComponentMove> Moves);

/// <summary>
/// The whole system on one map: each component's verdict, how many go to Rust (the narrow slice the articles
/// expect), and the team levers that would move the most components at once, most first.
/// </summary>
public sealed record SystemMap(ImmutableArray<ComponentResult> Components, ImmutableArray<SystemLever> Levers, string ContentVersion)
{
    /// <summary>Verdicts that put the component, or its hot path, in Rust.</summary>
    public static readonly ImmutableHashSet<string> RustVerdicts = ["rust", "rust-library"];

    public const string SpikeVerdict = "rust-spike";

    public int RustCount => Components.Count(c => RustVerdicts.Contains(c.Evaluation.Verdict.Id));

    public int SpikeCount => Components.Count(c => c.Evaluation.Verdict.Id == SpikeVerdict);

    /// <summary>The answers a component is evaluated on: the team profile, with the component's own answers winning.</summary>
    public static AnswerSet Combine(AnswerSet team, AnswerSet component) => AnswerSet.From(team.Values.SetItems(component.Values));

    /// <exception cref="ArgumentException">An answer names an unknown question or option, or has the wrong shape.</exception>
    public static SystemMap Evaluate(DecisionEngine engine, AnswerSet team, IReadOnlyList<SystemComponent> components)
    {
        var results = components.Select(c => new ComponentResult(c.Name, engine.Evaluate(Combine(team, c.Answers)))).ToImmutableArray();
        var levers = new List<SystemLever>();
        foreach (var question in engine.Content.Questions.Where(q => q is { About: QuestionAbout.Team, Role: QuestionRole.Lever, Kind: QuestionKind.Single }))
        {
            var current = team.Get(question.Id);
            foreach (var option in question.Options.Where(o => o.Action is not null && current is [var from] && o.OfferedFrom.Contains(from)))
            {
                var changed = team.With(question.Id, option.Id);
                var moves = components.Zip(results)
                    .Where(pair => !pair.First.Answers.IsAnswered(question.Id))
                    .Select(pair => new ComponentMove(pair.First.Name, pair.Second.Evaluation.Verdict, engine.VerdictOf(Combine(changed, pair.First.Answers))))
                    .Where(move => move.To.Id != move.From.Id)
                    .ToImmutableArray();
                if (!moves.IsEmpty)
                {
                    levers.Add(new SystemLever(question, current, option, moves));
                }
            }
        }
        // Stable: equally strong levers keep the content's question and option order.
        return new SystemMap(results, [.. levers.OrderByDescending(l => l.Moves.Length)], engine.Content.Version);
    }
}
