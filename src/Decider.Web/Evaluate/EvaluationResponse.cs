using System.Collections.Immutable;

namespace Decider.Web.Evaluate;

/// <summary>The evaluate response of spec/http-api.md, plus the gate that decided the verdict.</summary>
public sealed record EvaluationResponse(
    VerdictResponse Verdict,
    int RustFit,
    string Confidence,
    ImmutableArray<ReasonResponse> Reasons,
    ImmutableArray<string> OpenQuestions,
    ImmutableArray<CounterfactualResponse> Counterfactuals,
    DecidedByResponse DecidedBy,
    string ContentVersion)
{
    public static EvaluationResponse From(Evaluation evaluation, DecisionContent content) => new(
        new VerdictResponse(evaluation.Verdict.Id, evaluation.Verdict.Title, evaluation.Verdict.Summary),
        evaluation.RustFit,
        evaluation.Confidence.ToString().ToLowerInvariant(),
        [.. evaluation.Reasons.Select(r => new ReasonResponse(
            r.Id,
            Name(r.Direction),
            r.Weight,
            r.Text,
            [.. r.QuestionIds],
            Sources(r.SourceIds, content)))],
        [.. evaluation.OpenQuestions.Select(q => q.Id)],
        [.. evaluation.Counterfactuals.Select(c => new CounterfactualResponse(
            [.. c.Changes.Select(change => ChangeResponse.Of(change, content))], c.Verdict.Id, c.RustFit))],
        new DecidedByResponse(evaluation.DecidedBy.Id, evaluation.DecidedBy.Text, Sources(evaluation.DecidedBy.SourceIds, content)),
        evaluation.ContentVersion);

    /// <summary>A reason's direction as the API writes it: "for" or "against".</summary>
    public static string Name(Direction direction) => direction == Direction.For ? "for" : "against";

    private static ImmutableArray<SourceResponse> Sources(IEnumerable<string> ids, DecisionContent content) =>
        [.. ids.Select(id => new SourceResponse(id, content.Source(id).Title))];
}

public sealed record VerdictResponse(string Id, string Title, string Summary);

public sealed record SourceResponse(string Id, string Title);

public sealed record ReasonResponse(string Id, string Direction, int Weight, string Text, ImmutableArray<string> Questions,
    ImmutableArray<SourceResponse> Sources);

public sealed record CounterfactualResponse(ImmutableArray<ChangeResponse> Changes, string Verdict, int RustFit);

public sealed record DecidedByResponse(string Id, string Text, ImmutableArray<SourceResponse> Sources);

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
