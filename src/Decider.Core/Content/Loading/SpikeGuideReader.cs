using System.Collections.Immutable;
using Decider.Core.Spikes;

namespace Decider.Core.Content.Loading;

/// <summary>
/// Reads spike.md: the time box a spike plan starts with, the metrics the plan suggests, each with the answers or
/// reasons it fits, why it is worth watching and the sources that say so, and the verdict a continue or a stop gives
/// the decision. The body explains them to authors.
/// </summary>
internal static class SpikeGuideReader
{
    public static SpikeGuide Read(MarkdownFile file, ContentReferences references)
    {
        var fields = file.FrontMatter;
        fields.AllowOnly("default-weeks", "metrics", "continue", "stop");
        var weeks = fields.Int("default-weeks");
        if (weeks is < 1 or > SpikePlan.MaxWeeks)
        {
            fields.Error(fields.LineOfKey("default-weeks"), $"field 'default-weeks' must be from 1 to {SpikePlan.MaxWeeks}, not {weeks}");
            weeks = null;
        }
        var metrics = fields.Maps("metrics").Select(m => ReadMetric(m, references)).OfType<SuggestedMetric>().ToImmutableArray();
        var continues = ReadOutcome(fields, "continue", references) ?? SpikeOutcomeGuide.DefaultContinue;
        var stops = ReadOutcome(fields, "stop", references) ?? SpikeOutcomeGuide.DefaultStop;
        return new SpikeGuide(weeks ?? SpikeGuide.Default.DefaultWeeks, metrics, continues, stops);
    }

    private static SpikeOutcomeGuide? ReadOutcome(YamlFields owner, string key, ContentReferences references)
    {
        if (owner.Map(key, required: false) is not { } fields)
        {
            return null;
        }
        fields.AllowOnly("verdict", "sources", "quotes", "text");
        var context = $"outcome '{key}'";
        var verdict = fields.String("verdict");
        if (verdict is not null)
        {
            references.Use("verdict", verdict, fields.File, fields.LineOfKey("verdict"), context);
        }
        var sources = QuestionReader.ReadSources(fields, "sources", references, context);
        var quotes = QuoteReader.Read(fields, sources, context, required: false);
        var text = fields.String("text");
        return verdict is null || text is null ? null : new SpikeOutcomeGuide(verdict, text, sources, quotes);
    }

    private static SuggestedMetric? ReadMetric(YamlFields fields, ContentReferences references)
    {
        fields.AllowOnly("id", "name", "unit", "direction", "when", "reasons", "sources", "quotes", "text");
        var id = fields.String("id");
        var context = $"metric '{id}'";
        var name = fields.String("name");
        var unit = fields.String("unit");
        var direction = ReadDirection(fields);
        var when = ConditionReader.Read(fields, "when", required: false, references, context);
        var reasons = fields.Strings("reasons", required: false);
        foreach (var (ruleId, line) in reasons)
        {
            references.Use("rule", ruleId, fields.File, line, context);
        }
        var sources = QuestionReader.ReadSources(fields, "sources", references, context);
        var quotes = QuoteReader.Read(fields, sources, context, required: false);
        var text = fields.String("text");
        if (id is null || name is null || unit is null || direction is null || text is null)
        {
            return null;
        }
        references.Define("metric", id, fields.File, fields.LineOfKey("id"), fields.Errors);
        return new SuggestedMetric(id, name, unit, direction.Value, when, [.. reasons.Select(r => r.Value)], text, sources, quotes);
    }

    private static MetricDirection? ReadDirection(YamlFields fields)
    {
        switch (fields.String("direction"))
        {
            case "lower": return MetricDirection.LowerIsBetter;
            case "higher": return MetricDirection.HigherIsBetter;
            case null: return null;
            case var other:
                fields.Error(fields.LineOfKey("direction"), $"field 'direction' must be 'lower' or 'higher' (which way is better), not '{other}'");
                return null;
        }
    }
}
