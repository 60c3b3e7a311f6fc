using System.Collections.Immutable;
using System.Text.Json;
using Decider.Core.Rules;

namespace Decider.Core.Tests.Rules;

/// <summary>
/// A worked case: answers and the verdicts the source article supports; <see cref="RestsOn"/> is the phrase of the
/// article it is written from, for the cases of our own.
/// </summary>
public sealed record Scenario(string Name, string Source, string? RestsOn, AnswerSet Answers, ImmutableArray<string> Expect,
    ImmutableArray<string> Reject, string? Confidence)
{
    public override string ToString() => Name;

    public static IEnumerable<Scenario> Load(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scenarios", fileName)));
        foreach (var item in document.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            var answers = item.GetProperty("answers").EnumerateObject().Select(p => KeyValuePair.Create(p.Name,
                p.Value.ValueKind == JsonValueKind.Array
                    ? p.Value.EnumerateArray().Select(v => v.GetString()!).ToImmutableArray()
                    : [p.Value.GetString()!]));
            yield return new Scenario(
                item.GetProperty("name").GetString()!,
                item.GetProperty("source").GetString()!,
                item.TryGetProperty("restsOn", out var restsOn) ? restsOn.GetString() : null,
                AnswerSet.From(answers),
                Strings(item, "expect"),
                Strings(item, "reject"),
                item.TryGetProperty("confidence", out var c) ? c.GetString() : null);
        }
    }

    private static ImmutableArray<string> Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(v => v.GetString()!)] : [];
}
