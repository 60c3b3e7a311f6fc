using System.Reflection;
using System.Text.Json;
using Decider.Core.Rules;
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

/// <summary>A request that describes a system: the team profile answered once, and the components.</summary>
public interface ISystemRequest
{
    public const int MaxComponents = 30;

    public const int MaxName = 100;

    public const string ComponentsShape = "an array of components, each such as {\"name\": \"File parser\", \"answers\": {}}";

    IReadOnlyDictionary<string, JsonElement>? Team { get; }

    IReadOnlyList<SystemComponentRequest?>? Components { get; }
}

public static class SystemRequests
{
    /// <summary>A request, already validated, as the engine's team profile and components.</summary>
    public static (AnswerSet Team, IReadOnlyList<SystemComponent> Components) ToSystem(this ISystemRequest request, DecisionContent content) =>
        (AnswersJson.ToAnswerSet(request.Team!, content),
         [.. request.Components!.Select(c => new SystemComponent(c!.Name!.Trim(), AnswersJson.ToAnswerSet(c.Answers!, content)))]);
}

/// <summary>The body of POST /api/v1/systems/evaluate.</summary>
public sealed record EvaluateSystemRequest(
    [property: JsonShape(AnswersValidator.Shape)] IReadOnlyDictionary<string, JsonElement>? Team,
    [property: JsonShape(ISystemRequest.ComponentsShape)] IReadOnlyList<SystemComponentRequest?>? Components)
    : ISystemRequest, IBindableFromHttpContext<EvaluateSystemRequest>
{
    public static ValueTask<EvaluateSystemRequest?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        JsonRequests.BindAsync<EvaluateSystemRequest>(context);
}

/// <summary>
/// Each problem keyed where it is: "team.&lt;question id&gt;" for the team profile, "components[i].name",
/// "components[i].answers" or "components[i].&lt;question id&gt;" for a component.
/// </summary>
public sealed class SystemPartsValidator : AbstractValidator<ISystemRequest>
{
    public SystemPartsValidator(ContentStore store)
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
            if (components.Count > ISystemRequest.MaxComponents)
            {
                context.AddFailure("components", $"A system holds at most {ISystemRequest.MaxComponents} components; this one has {components.Count}.");
                return;
            }
            // Names tell the components apart on the map, in the PDF and when two revisions are compared.
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < components.Count; i++)
            {
                Validate(components[i], $"components[{i}]", store.Content, context.AddFailure);
                if (components[i]?.Name?.Trim() is { Length: > 0 } name && !names.Add(name))
                {
                    context.AddFailure($"components[{i}].name", $"Another component is already called \u201c{name}\u201d; give each its own name.");
                }
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
        else if (name.Length > ISystemRequest.MaxName)
        {
            fail($"{key}.name", $"Name may be at most {ISystemRequest.MaxName} characters; this one has {name.Length}.");
        }
        if (component.Answers is null)
        {
            fail($"{key}.answers", "Answers are required: an object mapping question ids to option ids ({} when nothing is known yet).");
            return;
        }
        AnswersJson.Validate(component.Answers, content, (questionId, problem) => fail($"{key}.{questionId}", problem));
    }
}

public sealed class EvaluateSystemRequestValidator : AbstractValidator<EvaluateSystemRequest>
{
    public EvaluateSystemRequestValidator(ContentStore store) => Include(new SystemPartsValidator(store));
}
