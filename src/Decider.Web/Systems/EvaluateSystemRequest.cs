using System.Reflection;
using System.Text.Json;
using Decider.Core.Systems;
using Decider.Web.Content;
using Decider.Web.Evaluate;
using Decider.Web.Extensions;
using FluentValidation;

namespace Decider.Web.Systems;

/// <summary>One component of a system: its name and the answers about it alone.</summary>
public sealed record SystemComponentRequest(
    [property: JsonShape("text")] string? Name,
    [property: JsonShape(AnswersValidator.Shape)] IReadOnlyDictionary<string, JsonElement>? Answers);

/// <summary>The body of POST /api/v1/systems/evaluate: the team profile answered once, and the components.</summary>
public sealed record EvaluateSystemRequest(
    [property: JsonShape(AnswersValidator.Shape)] IReadOnlyDictionary<string, JsonElement>? Team,
    [property: JsonShape("an array of components, each such as {\"name\": \"File parser\", \"answers\": {}}")] IReadOnlyList<SystemComponentRequest?>? Components)
    : IBindableFromHttpContext<EvaluateSystemRequest>
{
    public const int MaxComponents = 30;

    public const int MaxName = 100;

    public static ValueTask<EvaluateSystemRequest?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        JsonRequests.BindAsync<EvaluateSystemRequest>(context);

    /// <summary>The request, already validated, as the engine's team profile and components.</summary>
    public (Decider.Core.Rules.AnswerSet Team, IReadOnlyList<SystemComponent> Components) ToSystem(DecisionContent content) =>
        (AnswersJson.ToAnswerSet(Team!, content),
         [.. Components!.Select(c => new SystemComponent(c!.Name!.Trim(), AnswersJson.ToAnswerSet(c.Answers!, content)))]);
}

/// <summary>
/// Each problem keyed where it is: "team.&lt;question id&gt;" for the team profile, "components[i].name",
/// "components[i].answers" or "components[i].&lt;question id&gt;" for a component.
/// </summary>
public sealed class EvaluateSystemRequestValidator : AbstractValidator<EvaluateSystemRequest>
{
    public EvaluateSystemRequestValidator(ContentStore store)
    {
        RuleFor(r => r.Team).Custom((team, context) =>
        {
            if (team is null)
            {
                context.AddFailure("team", "Team is required: the team profile's answers, such as {\"rust-reviewers\": \"one\"} ({} when nothing is known yet).");
                return;
            }
            AnswersJson.Validate(team, store.Content, (questionId, problem) => context.AddFailure($"team.{questionId}", problem));
        });
        RuleFor(r => r.Components).Custom((components, context) =>
        {
            if (components is null or [])
            {
                context.AddFailure("components", "Components are required: a system needs at least one, such as [{\"name\": \"File parser\", \"answers\": {}}].");
                return;
            }
            if (components.Count > EvaluateSystemRequest.MaxComponents)
            {
                context.AddFailure("components", $"A system holds at most {EvaluateSystemRequest.MaxComponents} components; this one has {components.Count}.");
                return;
            }
            for (var i = 0; i < components.Count; i++)
            {
                Validate(components[i], $"components[{i}]", store.Content, context.AddFailure);
            }
        });
    }

    private static void Validate(SystemComponentRequest? component, string key, DecisionContent content, Action<string, string> fail)
    {
        if (component is null)
        {
            fail(key, "Each component must be an object with a name and answers, such as {\"name\": \"File parser\", \"answers\": {}}.");
            return;
        }
        var name = component.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            fail($"{key}.name", "Name is required: say which part of the system this is, such as \"File parser\".");
        }
        else if (name.Length > EvaluateSystemRequest.MaxName)
        {
            fail($"{key}.name", $"Name may be at most {EvaluateSystemRequest.MaxName} characters; this one has {name.Length}.");
        }
        if (component.Answers is null)
        {
            fail($"{key}.answers", "Answers are required: an object mapping question ids to option ids ({} when nothing is known yet).");
            return;
        }
        AnswersJson.Validate(component.Answers, content, (questionId, problem) => fail($"{key}.{questionId}", problem));
    }
}
