using System.Collections.Immutable;

namespace Decider.Core.Content.Loading;

/// <summary>
/// Reads policy.md: the prior weight of the Rust-fit score, the named fit thresholds, the ordered gates of the decision
/// procedure and the fallback verdict. The body explains the procedure to readers.
/// </summary>
internal static class PolicyReader
{
    public static DecisionPolicy? Read(MarkdownFile file, ContentReferences references)
    {
        var fields = file.FrontMatter;
        fields.AllowOnly("prior-weight", "thresholds", "gates", "fallback");
        var priorWeight = fields.Int("prior-weight");
        if (priorWeight is < 1 or > 1000)
        {
            fields.Error(fields.LineOfKey("prior-weight"), "field 'prior-weight' must be between 1 and 1000");
            priorWeight = null;
        }
        var thresholds = ReadThresholds(fields);
        var gates = fields.Maps("gates").Select(g => ReadGate(g, thresholds, references, required: true)).OfType<Gate>().ToImmutableArray();
        var fallbackFields = fields.Map("fallback");
        var fallback = fallbackFields is null ? null : ReadGate(fallbackFields, thresholds, references, required: false);
        if (priorWeight is null || fallback is null)
        {
            return null;
        }
        return new DecisionPolicy(priorWeight.Value, thresholds, gates, fallback, file.Body.Trim());
    }

    private static ImmutableDictionary<string, int> ReadThresholds(YamlFields fields)
    {
        var thresholds = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        var map = fields.Map("thresholds", required: false);
        foreach (var (name, _) in map?.Entries ?? [])
        {
            if (map!.Int(name) is { } value)
            {
                thresholds[name] = value;
            }
        }
        return thresholds.ToImmutable();
    }

    private static Gate? ReadGate(YamlFields fields, ImmutableDictionary<string, int> thresholds, ContentReferences references, bool required)
    {
        fields.AllowOnly("id", "verdict", "when", "min-fit", "sources", "text");
        var id = fields.String("id");
        var context = $"gate '{id}'";
        var verdict = fields.String("verdict");
        if (verdict is not null)
        {
            references.Use("verdict", verdict, fields.File, fields.LineOfKey("verdict"), context);
        }
        var when = ConditionReader.Read(fields, "when", required, references, context) ?? new Condition([]);
        var minFitName = fields.String("min-fit", required: false);
        var minFit = 0;
        if (minFitName is not null && !thresholds.TryGetValue(minFitName, out minFit))
        {
            fields.Error(fields.LineOfKey("min-fit"), $"{context}: 'min-fit' names unknown threshold '{minFitName}' (known: {string.Join(", ", thresholds.Keys.Order(StringComparer.Ordinal))})");
        }
        var sources = QuestionReader.ReadSources(fields, "sources", references, context);
        var text = fields.String("text");
        if (id is null || verdict is null || text is null)
        {
            return null;
        }
        references.Define("gate", id, fields.File, fields.LineOfKey("id"), fields.Errors);
        return new Gate(id, verdict, when, minFitName, minFit, sources, text);
    }
}
