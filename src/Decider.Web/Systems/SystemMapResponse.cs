using System.Collections.Immutable;
using Decider.Core.Systems;
using Decider.Web.Evaluate;

namespace Decider.Web.Systems;

/// <summary>A component and its evaluate response, on the team profile under its own answers.</summary>
public sealed record ComponentResultResponse(string Name, EvaluationResponse Result);

/// <summary>How many of the components go to Rust (verdict rust or rust-library) and how many to a Rust spike first.</summary>
public sealed record RustSliceResponse(int Components, int Rust, int Spike);

/// <summary>A component a lever would move, from one verdict id to another.</summary>
public sealed record ComponentMoveResponse(string Name, string From, string To);

/// <summary>A change to the team profile (question, from, to), what the team would do, and the components it moves.</summary>
public sealed record SystemLeverResponse(string Question, string? From, string To, string Action, ImmutableArray<ComponentMoveResponse> Moves);

/// <summary>
/// The system's map: each component's result in the order given, the Rust slice, and the team levers that would
/// move the most components at once, most first.
/// </summary>
public sealed record SystemMapResponse(
    ImmutableArray<ComponentResultResponse> Components,
    RustSliceResponse Slice,
    ImmutableArray<SystemLeverResponse> Levers,
    string ContentVersion)
{
    public static SystemMapResponse From(SystemMap map, DecisionContent content) => new(
        [.. map.Components.Select(c => new ComponentResultResponse(c.Name, EvaluationResponse.From(c.Evaluation, content)))],
        new RustSliceResponse(map.Components.Length, map.RustCount, map.SpikeCount),
        [.. map.Levers.Select(l => new SystemLeverResponse(l.Question.Id, l.From?.FirstOrDefault(), l.To.Id, l.To.Action!,
            [.. l.Moves.Select(m => new ComponentMoveResponse(m.Name, m.From.Id, m.To.Id))]))],
        map.ContentVersion);
}
