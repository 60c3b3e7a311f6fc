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
    public static void Validate(IReadOnlyDictionary<string, JsonElement> answers, DecisionContent content, Action<string, string> fail)
    {
        foreach (var (questionId, problem) in AnswerParser.Parse(content, Read(answers)).Errors)
        {
            fail(questionId, problem);
        }
    }

    /// <summary>Answers sent to the API, already validated, as canonical answers.</summary>
    public static AnswerSet ToAnswerSet(IReadOnlyDictionary<string, JsonElement> answers, DecisionContent content) =>
        AnswerParser.Parse(content, Read(answers)).Answers;

    /// <summary>
    /// Stored answers (as <see cref="From"/> wrote them) under today's content: those it still accepts, and the ids
    /// of the questions whose answers it no longer does.
    /// </summary>
    public static ParsedAnswers ReadStored(string json, DecisionContent content)
    {
        using var document = JsonDocument.Parse(json);
        return AnswerParser.Parse(content, Read(document.RootElement.EnumerateObject().ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal)));
    }

    private static List<KeyValuePair<string, GivenAnswer?>> Read(IReadOnlyDictionary<string, JsonElement> answers) =>
        [.. answers.Select(a => KeyValuePair.Create(a.Key, a.Value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => GivenAnswer.One(a.Value.GetString()!),
            JsonValueKind.Array when a.Value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
                GivenAnswer.List(a.Value.EnumerateArray().Select(v => v.GetString()!)),
            _ => GivenAnswer.Unreadable,
        }))];

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
}
