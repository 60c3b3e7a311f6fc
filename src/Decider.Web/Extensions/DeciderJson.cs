using System.Text.Json;
using System.Text.Json.Serialization;

namespace Decider.Web.Extensions;

/// <summary>
/// How the API writes JSON: camelCase names, and enums (confidence, direction, axis, counterfactual kind) as their
/// camelCase names ("high", "for", "readiness", "action"). Responses and the stored copy of each result use the same.
/// </summary>
public static class DeciderJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Stored JSON as an element that outlives the document it was read from.</summary>
    public static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        // Numbers are numbers: the web defaults would also read them from strings, and describe them so.
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
