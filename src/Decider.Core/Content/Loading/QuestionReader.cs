using System.Collections.Immutable;

namespace Decider.Core.Content.Loading;

/// <summary>
/// Reads one questions/*.md file: the question, its options, when it is asked, and the scoring rules
/// that belong with it. The body is the help text shown under the question.
/// </summary>
internal static class QuestionReader
{
    public const int MaxOptions = 60;
    public const int MaxWeight = 50;

    public static (Question? Question, ImmutableArray<Rule> Rules) Read(MarkdownFile file, ContentReferences references)
    {
        var fields = file.FrontMatter;
        fields.AllowOnly("id", "kind", "title", "short", "options", "sources", "asked-when", "rules");
        var id = fields.String("id");
        var title = fields.String("title");
        var shortTitle = fields.String("short", required: false);
        var kind = ReadKind(fields);
        var options = ReadOptions(fields, id ?? "?", references);
        var sources = ReadSources(fields, "sources", references, $"question '{id}'");
        var askedWhen = ConditionReader.Read(fields, "asked-when", required: false, references, $"question '{id}'");
        var rules = fields.Maps("rules", required: false).Select(r => ReadRule(r, references)).OfType<Rule>().ToImmutableArray();
        if (id is null || title is null || kind is null)
        {
            return (null, rules);
        }
        references.Define("question", id, file.Path, fields.LineOfKey("id"), fields.Errors);
        return (new Question(id, "", kind.Value, title, shortTitle ?? title, file.Body.Trim(), options, sources, askedWhen, file.Path), rules);
    }

    public static ImmutableArray<string> ReadSources(YamlFields fields, string key, ContentReferences references, string context)
    {
        var sources = fields.Strings(key);
        foreach (var (sourceId, line) in sources)
        {
            references.Use("source", sourceId, fields.File, line, context);
        }
        return [.. sources.Select(s => s.Value)];
    }

    private static QuestionKind? ReadKind(YamlFields fields)
    {
        switch (fields.String("kind"))
        {
            case "single": return QuestionKind.Single;
            case "multi": return QuestionKind.Multi;
            case null: return null;
            case var other:
                fields.Error(fields.LineOfKey("kind"), $"field 'kind' must be 'single' or 'multi', not '{other}'");
                return null;
        }
    }

    private static ImmutableArray<QuestionOption> ReadOptions(YamlFields fields, string questionId, ContentReferences references)
    {
        var options = ImmutableArray.CreateBuilder<QuestionOption>();
        foreach (var entry in fields.Maps("options"))
        {
            entry.AllowOnly("id", "label", "help", "revisit");
            var id = entry.String("id");
            var label = entry.String("label");
            if (id is null || label is null)
            {
                continue;
            }
            if (id == Condition.Unanswered)
            {
                entry.Error(entry.LineOfKey("id"), $"'{Condition.Unanswered}' is reserved for a question left open and cannot be an option id");
                continue;
            }
            references.Define($"option of '{questionId}'", id, fields.File, entry.LineOfKey("id"), fields.Errors);
            options.Add(new QuestionOption(id, label, entry.String("help", required: false) ?? "", entry.String("revisit", required: false)));
        }
        if (options.Count > MaxOptions)
        {
            fields.Error(fields.LineOfKey("options"), $"a question may have at most {MaxOptions} options");
        }
        return options.ToImmutable();
    }

    private static Rule? ReadRule(YamlFields fields, ContentReferences references)
    {
        fields.AllowOnly("id", "direction", "weight", "when", "sources", "text");
        var id = fields.String("id");
        var context = $"rule '{id}'";
        var direction = fields.String("direction") switch
        {
            "for" => Direction.For,
            "against" => Direction.Against,
            null => (Direction?)null,
            var other => Invalid(fields, "direction", $"must be 'for' or 'against', not '{other}'"),
        };
        var weight = fields.Int("weight");
        if (weight is < 1 or > MaxWeight)
        {
            fields.Error(fields.LineOfKey("weight"), $"field 'weight' must be between 1 and {MaxWeight}, not {weight}");
            weight = null;
        }
        var when = ConditionReader.Read(fields, "when", required: true, references, context);
        var sources = ReadSources(fields, "sources", references, context);
        var text = fields.String("text");
        if (id is null || direction is null || weight is null || when is null || text is null)
        {
            return null;
        }
        references.Define("rule", id, fields.File, fields.LineOfKey("id"), fields.Errors);
        return new Rule(id, direction.Value, weight.Value, when, sources, text, fields.File);
    }

    private static Direction? Invalid(YamlFields fields, string key, string problem)
    {
        fields.Error(fields.LineOfKey(key), $"field '{key}' {problem}");
        return null;
    }
}
