using System.Collections.Immutable;

namespace Decider.Core.Content.Loading;

/// <summary>
/// Reads policy.md: the prior weight of the scores, the named thresholds of each axis, the ordered gates of the
/// decision procedure, the fallback verdict and the cases where the articles differ. The body explains the procedure
/// to readers.
/// </summary>
internal static class PolicyReader
{
    public static DecisionPolicy? Read(MarkdownFile file, ContentReferences references)
    {
        var fields = file.FrontMatter;
        fields.AllowOnly("prior-weight", "thresholds", "gates", "fallback", "differences");
        var priorWeight = fields.Int("prior-weight");
        if (priorWeight is < 1 or > 1000)
        {
            fields.Error(fields.LineOfKey("prior-weight"), "field 'prior-weight' must be between 1 and 1000");
            priorWeight = null;
        }
        var thresholds = fields.Map("thresholds");
        thresholds?.AllowOnly("need", "readiness");
        var need = ReadThresholds(thresholds, "need");
        var readiness = ReadThresholds(thresholds, "readiness");
        var gates = fields.Maps("gates").Select(g => ReadGate(g, need, readiness, references, required: true)).OfType<Gate>().ToImmutableArray();
        var fallbackFields = fields.Map("fallback");
        var fallback = fallbackFields is null ? null : ReadGate(fallbackFields, need, readiness, references, required: false);
        var differences = fields.Maps("differences", required: false).Select(d => ReadDifference(d, references)).OfType<SourceDifference>().ToImmutableArray();
        if (priorWeight is null || fallback is null)
        {
            return null;
        }
        return new DecisionPolicy(priorWeight.Value, need, readiness, gates, fallback, differences, file.Body.Trim());
    }

    private static ImmutableDictionary<string, int> ReadThresholds(YamlFields? thresholds, string axis)
    {
        var named = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        var map = thresholds?.Map(axis);
        foreach (var (name, _) in map?.Entries ?? [])
        {
            if (map!.Int(name) is { } value)
            {
                if (value is < 0 or > 100)
                {
                    map.Error(map.LineOfKey(name), $"threshold '{axis}.{name}' must be between 0 and 100, not {value}");
                }
                named[name] = value;
            }
        }
        return named.ToImmutable();
    }

    private static Gate? ReadGate(YamlFields fields, ImmutableDictionary<string, int> need, ImmutableDictionary<string, int> readiness,
        ContentReferences references, bool required)
    {
        fields.AllowOnly("id", "verdict", "when", "unless", "need", "need-below", "readiness", "readiness-below", "min-answers", "answers-below",
            "because", "sources", "quotes", "text");
        var id = fields.String("id");
        var context = $"gate '{id}'";
        var verdict = fields.String("verdict");
        if (verdict is not null)
        {
            references.Use("verdict", verdict, fields.File, fields.LineOfKey("verdict"), context);
        }
        var when = ConditionReader.Read(fields, "when", required: false, references, context) ?? new Condition([]);
        var unless = fields.Maps("unless", required: false)
            .Select(u => ConditionReader.ReadMap(u, references, context)).ToImmutableArray();
        var bounds = new ScoreBounds(
            Threshold(fields, "need", need, context) ?? 0,
            Threshold(fields, "need-below", need, context) ?? 101,
            Threshold(fields, "readiness", readiness, context) ?? 0,
            Threshold(fields, "readiness-below", readiness, context) ?? 101);
        var minAnswers = fields.Int("min-answers", required: false) ?? 0;
        var answersBelow = fields.Int("answers-below", required: false) ?? int.MaxValue;
        var because = ReadBecause(fields, context);
        var sources = QuestionReader.ReadSources(fields, "sources", references, context);
        var quotes = QuoteReader.Read(fields, sources, context);
        var text = fields.String("text");
        if (required && when.Clauses.IsEmpty && bounds == ScoreBounds.Any && minAnswers == 0 && answersBelow == int.MaxValue)
        {
            fields.Error(fields.Line, $"{context} would apply to every answer set: give it a 'when', a score bound or 'min-answers'");
        }
        if (id is null || verdict is null || text is null)
        {
            return null;
        }
        references.Define("gate", id, fields.File, fields.LineOfKey("id"), fields.Errors);
        return new Gate(id, verdict, when, unless, bounds, minAnswers, answersBelow, because, sources, quotes, text);
    }

    private static int? Threshold(YamlFields fields, string key, ImmutableDictionary<string, int> named, string context)
    {
        var name = fields.String(key, required: false);
        if (name is null)
        {
            return null;
        }
        if (named.TryGetValue(name, out var value))
        {
            return value;
        }
        fields.Error(fields.LineOfKey(key), $"{context}: '{key}' names unknown threshold '{name}' (known: {string.Join(", ", named.Keys.Order(StringComparer.Ordinal))})");
        return null;
    }

    private static ReasonSelector? ReadBecause(YamlFields fields, string context)
    {
        var value = fields.String("because", required: false);
        if (value is null)
        {
            return null;
        }
        ReasonSelector? selector = value switch
        {
            "need-for" => new(Axis.Need, Direction.For),
            "need-against" => new(Axis.Need, Direction.Against),
            "readiness-for" => new(Axis.Readiness, Direction.For),
            "readiness-against" => new(Axis.Readiness, Direction.Against),
            _ => null,
        };
        if (selector is null)
        {
            fields.Error(fields.LineOfKey("because"), $"{context}: 'because' must be need-for, need-against, readiness-for or readiness-against, not '{value}'");
        }
        return selector;
    }

    private static SourceDifference? ReadDifference(YamlFields fields, ContentReferences references)
    {
        fields.AllowOnly("id", "when", "verdicts", "sources", "quotes", "text");
        var id = fields.String("id");
        var context = $"difference '{id}'";
        var when = ConditionReader.Read(fields, "when", required: true, references, context);
        var verdicts = fields.Strings("verdicts", required: false);
        foreach (var (verdict, line) in verdicts)
        {
            references.Use("verdict", verdict, fields.File, line, context);
        }
        var sources = QuestionReader.ReadSources(fields, "sources", references, context);
        if (sources.Length < 2)
        {
            fields.Error(fields.LineOfKey("sources"), $"{context}: a difference between the sources names at least two of them");
        }
        var quotes = QuoteReader.Read(fields, sources, context);
        var text = fields.String("text");
        if (id is null || when is null || text is null)
        {
            return null;
        }
        references.Define("difference", id, fields.File, fields.LineOfKey("id"), fields.Errors);
        return new SourceDifference(id, when, [.. verdicts.Select(v => v.Value)], sources, quotes, text);
    }
}
