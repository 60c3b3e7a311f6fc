using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Decider.Web.Evaluate;

namespace Decider.Web.Teams;

/// <summary>
/// The lead's answers for contested questions as a session keeps them: a JSON object by question id, each with the
/// picked answer in the API's answer shape (absent for "I don't know yet") and an optional note. Read back through
/// the one answer parser, so a pick today's content no longer accepts is dropped rather than trusted.
/// </summary>
public static class LeadResolutions
{
    public const int MaxNote = 500;

    public static ImmutableDictionary<string, Resolution> Read(string? json, DecisionContent content)
    {
        if (string.IsNullOrEmpty(json) || JsonNode.Parse(json) is not JsonObject stored)
        {
            return ImmutableDictionary<string, Resolution>.Empty;
        }
        var resolutions = ImmutableDictionary.CreateBuilder<string, Resolution>(StringComparer.Ordinal);
        foreach (var (questionId, node) in stored)
        {
            if (content.FindQuestion(questionId) is null || node is not JsonObject entry)
            {
                continue;
            }
            var note = entry["note"]?.GetValue<string>();
            if (entry["answer"] is not { } answer)
            {
                resolutions[questionId] = new Resolution(questionId, null, note);
                continue;
            }
            var parsed = AnswersJson.ReadStored(new JsonObject { [questionId] = answer.DeepClone() }.ToJsonString(), content);
            if (parsed.Answers.Get(questionId) is { } options)
            {
                resolutions[questionId] = new Resolution(questionId, options, note);
            }
        }
        return resolutions.ToImmutable();
    }

    public static string Write(IReadOnlyDictionary<string, Resolution> resolutions, DecisionContent content)
    {
        var stored = new JsonObject();
        foreach (var resolution in resolutions.Values.OrderBy(r => r.QuestionId, StringComparer.Ordinal))
        {
            var entry = new JsonObject();
            if (resolution.Options is { } options)
            {
                entry["answer"] = AnswersJson.From(AnswerSet.Empty.With(resolution.QuestionId, options), content)[resolution.QuestionId]!.DeepClone();
            }
            if (!string.IsNullOrWhiteSpace(resolution.Note))
            {
                entry["note"] = resolution.Note.Trim();
            }
            stored[resolution.QuestionId] = entry;
        }
        return stored.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
