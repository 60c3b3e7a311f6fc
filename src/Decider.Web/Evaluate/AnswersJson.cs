using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Decider.Web.Evaluate;

/// <summary>
/// The JSON form of answers: question id → option id (single choice) or array of option ids (multi
/// choice); a missing question or null is "don't know yet".
/// </summary>
public static class AnswersJson
{
    /// <summary>Reports each problem under the id of the question it concerns.</summary>
    public static void Validate(JsonElement answers, DecisionContent content, Action<string, string> fail)
    {
        if (answers.ValueKind != JsonValueKind.Object)
        {
            fail("answers", "'answers' must be an object mapping question ids to option ids, such as {\"lifespan\": \"long-lived\"}");
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var answer in answers.EnumerateObject())
        {
            if (!seen.Add(answer.Name))
            {
                fail(answer.Name, $"question '{answer.Name}' is answered more than once");
            }
            else if (content.FindQuestion(answer.Name) is not { } question)
            {
                fail(answer.Name, $"unknown question '{answer.Name}'; known questions: {string.Join(", ", content.Questions.Select(q => q.Id))}");
            }
            else if (Problem(question, answer.Value) is { } problem)
            {
                fail(answer.Name, problem);
            }
        }
    }

    public static AnswerSet ToAnswerSet(JsonElement answers) =>
        AnswerSet.From(answers.EnumerateObject()
            .Where(a => a.Value.ValueKind != JsonValueKind.Null)
            .Select(a => KeyValuePair.Create(a.Name, a.Value.ValueKind == JsonValueKind.Array
                ? a.Value.EnumerateArray().Select(v => v.GetString()!).ToImmutableArray()
                : [a.Value.GetString()!])));

    /// <summary>Stored answers (as <see cref="From"/> wrote them) back as option ids per question.</summary>
    public static Dictionary<string, string[]> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            a => a.Name,
            a => a.Value.ValueKind == JsonValueKind.Array ? [.. a.Value.EnumerateArray().Select(v => v.GetString()!)] : new[] { a.Value.GetString()! },
            StringComparer.Ordinal);
    }

    /// <summary>Answers in their JSON form, in the content's question order.</summary>
    public static JsonObject From(AnswerSet answers, DecisionContent content)
    {
        var json = new JsonObject();
        foreach (var question in content.Questions)
        {
            if (answers.Get(question.Id) is { } options)
            {
                json[question.Id] = question.Kind == QuestionKind.Multi
                    ? new JsonArray([.. options.Select(o => JsonValue.Create(o))])
                    : JsonValue.Create(options[0]);
            }
        }
        return json;
    }

    private static string? Problem(Question question, JsonElement value)
    {
        var options = string.Join(", ", question.Options.Select(o => o.Id));
        switch (value.ValueKind, question.Kind)
        {
            case (JsonValueKind.Null, _):
                return null;
            case (JsonValueKind.String, QuestionKind.Single):
                return Unknown(question, value.GetString()!, options);
            case (JsonValueKind.Array, QuestionKind.Multi):
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        return $"'{question.Id}' takes an array of option ids (strings); one of: {options}";
                    }
                    if (Unknown(question, item.GetString()!, options) is { } unknown)
                    {
                        return unknown;
                    }
                }
                return null;
            case (JsonValueKind.Array, QuestionKind.Single):
                return $"'{question.Id}' takes one option id as a string, not an array; one of: {options}";
            case (JsonValueKind.String, QuestionKind.Multi):
                return $"'{question.Id}' takes an array of option ids, not a string; any of: {options}";
            default:
                return question.Kind == QuestionKind.Single
                    ? $"'{question.Id}' takes one option id as a string; one of: {options}"
                    : $"'{question.Id}' takes an array of option ids; any of: {options}";
        }
    }

    private static string? Unknown(Question question, string optionId, string options) =>
        question.FindOption(optionId) is null ? $"'{optionId}' is not an option of '{question.Id}'; its options: {options}" : null;
}
