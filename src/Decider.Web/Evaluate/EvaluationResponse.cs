using System.Collections.Immutable;

namespace Decider.Web.Evaluate;

/// <summary>
/// The evaluate response of spec/http-api.md: the verdict, the two scores (need and readiness) with the older Rust
/// fit, reasons on each axis, open questions and what each answer to them would decide, counterfactuals by kind,
/// where the articles differ, and the gate that decided.
/// </summary>
public sealed record EvaluationResponse(
    VerdictResponse Verdict,
    int RustFit,
    int Need,
    int Readiness,
    Confidence Confidence,
    ImmutableArray<ReasonResponse> Reasons,
    ImmutableArray<string> OpenQuestions,
    ImmutableArray<OpenQuestionResponse> FindOutFirst,
    ImmutableArray<CounterfactualResponse> Counterfactuals,
    ImmutableArray<DifferenceResponse> WhereSourcesDiffer,
    DecidedByResponse DecidedBy,
    string ContentVersion)
{
    public static EvaluationResponse From(Evaluation evaluation, DecisionContent content) => new(
        new VerdictResponse(evaluation.Verdict.Id, evaluation.Verdict.Title, evaluation.Verdict.Summary),
        evaluation.RustFit,
        evaluation.Need,
        evaluation.Readiness,
        evaluation.Confidence,
        [.. evaluation.Reasons.Select(r => new ReasonResponse(
            r.Id,
            r.Axis,
            r.Direction,
            r.Weight,
            r.Text,
            [.. r.QuestionIds],
            Sources(r.SourceIds, r.Quotes, content)))],
        [.. evaluation.OpenQuestions.Select(q => q.Id)],
        [.. evaluation.FindOutFirst.Select(o => new OpenQuestionResponse(o.Question.Id,
            [.. o.Outcomes.Select(outcome => new OutcomeResponse(outcome.OptionIds, outcome.Verdict.Id))]))],
        [.. evaluation.Counterfactuals.Select(c => new CounterfactualResponse(
            [.. c.Changes.Select(change => ChangeResponse.Of(change, content))], c.Verdict.Id, c.Kind, c.RustFit, c.Scores.Need, c.Scores.Readiness))],
        [.. evaluation.WhereSourcesDiffer.Select(d => new DifferenceResponse(d.Text, Sources(d.SourceIds, d.Quotes, content)))],
        new DecidedByResponse(evaluation.DecidedBy.Id, evaluation.DecidedBy.Text, Sources(evaluation.DecidedBy.SourceIds, evaluation.DecidedBy.Quotes, content),
            [.. evaluation.Deciding.Select(r => r.Id)]),
        evaluation.ContentVersion);

    /// <summary>A reason's direction as saved reports write it: "for" or "against".</summary>
    public static string Name(Direction direction) => direction == Direction.For ? "for" : "against";

    /// <summary>An axis as saved reports write it: "need" or "readiness".</summary>
    public static string Name(Axis axis) => axis == Axis.Need ? "need" : "readiness";

    /// <summary>A counterfactual's kind as saved reports write it: "action" or "circumstance".</summary>
    public static string Name(CounterfactualKind kind) => kind == CounterfactualKind.Action ? "action" : "circumstance";

    public static ImmutableArray<SourceResponse> Sources(IEnumerable<string> ids, ImmutableArray<Quote> quotes, DecisionContent content) =>
        [.. ids.Select(id => new SourceResponse(id, content.Source(id).Title, quotes.FirstOrDefault(q => q.SourceId == id)?.Text))];
}

public sealed record VerdictResponse(string Id, string Title, string Summary);

/// <summary>A cited article; <see cref="Quote"/> is the few words of it the rule rests on, when it quotes one.</summary>
public sealed record SourceResponse(string Id, string Title, string? Quote = null);

public sealed record ReasonResponse(string Id, Axis Axis, Direction Direction, int Weight, string Text, ImmutableArray<string> Questions,
    ImmutableArray<SourceResponse> Sources);

public sealed record CounterfactualResponse(ImmutableArray<ChangeResponse> Changes, string Verdict, CounterfactualKind Kind, int RustFit, int Need, int Readiness);

/// <summary>An open question whose answer would change the verdict, with the verdict each answer would give.</summary>
public sealed record OpenQuestionResponse(string Question, ImmutableArray<OutcomeResponse> Outcomes);

public sealed record OutcomeResponse(ImmutableArray<string> Answers, string Verdict);

public sealed record DifferenceResponse(string Text, ImmutableArray<SourceResponse> Sources);

/// <summary>The gate that decided; <see cref="Because"/> are the ids of the reasons it points at.</summary>
public sealed record DecidedByResponse(string Id, string Text, ImmutableArray<SourceResponse> Sources, ImmutableArray<string> Because);

/// <summary>
/// One answer change; <see cref="From"/> and <see cref="To"/> are an option id for a single-choice question
/// and an array for a multi-choice one, with null for "don't know yet".
/// </summary>
public sealed record ChangeResponse(string Question, object? From, object? To)
{
    public static ChangeResponse Of(AnswerChange change, DecisionContent content)
    {
        var multi = content.Question(change.QuestionId).Kind == QuestionKind.Multi;
        return new ChangeResponse(change.QuestionId, Shape(change.From, multi), Shape(change.To, multi));
    }

    private static object? Shape(ImmutableArray<string>? options, bool multi) =>
        options is not { } value ? null : multi ? value.ToArray() : value.Single();
}
