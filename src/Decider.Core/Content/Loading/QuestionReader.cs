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
        fields.AllowOnly("id", "kind", "title", "short", "axis", "role", "about", "options", "sources", "asked-when", "rules");
        var id = fields.String("id");
        var title = fields.String("title");
        var shortTitle = fields.String("short", required: false);
        var kind = ReadKind(fields);
        // A bad axis or role is reported, and the question still defined, so the rules that name it stay quiet.
        var axis = ReadEnum<Axis>(fields, "axis", "need", "readiness");
        var role = ReadEnum<QuestionRole>(fields, "role", "fact", "lever");
        var about = ReadEnum<QuestionAbout>(fields, "about", required: false, "component", "team");
        var options = ReadOptions(fields, id ?? "?", role ?? QuestionRole.Fact, references);
        var sources = ReadSources(fields, "sources", references, $"question '{id}'");
        var askedWhen = ConditionReader.Read(fields, "asked-when", required: false, references, $"question '{id}'");
        var rules = fields.Maps("rules", required: false).Select(r => ReadRule(r, axis ?? Axis.Need, references)).OfType<Rule>().ToImmutableArray();
        if (id is null || title is null || kind is null)
        {
            return (null, rules);
        }
        references.Define("question", id, file.Path, fields.LineOfKey("id"), fields.Errors);
        return (new Question(id, "", kind.Value, title, shortTitle ?? title, file.Body.Trim(), options, sources, askedWhen,
            axis ?? Axis.Need, role ?? QuestionRole.Fact, about ?? QuestionAbout.Component, file.Path), rules);
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

    /// <summary>Reads a field that must be one of <paramref name="names"/>, which name the enum's members in order.</summary>
    public static T? ReadEnum<T>(YamlFields fields, string key, params string[] names) where T : struct, Enum =>
        ReadEnum<T>(fields, key, required: true, names);

    public static T? ReadEnum<T>(YamlFields fields, string key, bool required, params string[] names) where T : struct, Enum
    {
        var value = fields.String(key, required);
        var index = Array.IndexOf(names, value);
        if (value is null)
        {
            return null;
        }
        if (index < 0)
        {
            fields.Error(fields.LineOfKey(key), $"field '{key}' must be {string.Join(" or ", names.Select(n => $"'{n}'"))}, not '{value}'");
            return null;
        }
        return Enum.GetValues<T>()[index];
    }

    /// <summary>
    /// Reads the options. An option's advice is offered from the answers its 'from' lists; without one, a lever's
    /// option is offered from the options listed before it (levers run from worst to best, so advice never steps
    /// back) and a fact's from every other option.
    /// </summary>
    private static ImmutableArray<QuestionOption> ReadOptions(YamlFields fields, string questionId, QuestionRole role, ContentReferences references)
    {
        var options = new List<(QuestionOption Option, ImmutableArray<string>? From)>();
        foreach (var entry in fields.Maps("options"))
        {
            entry.AllowOnly("id", "label", "help", "revisit", "action", "from");
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
            var from = entry.Strings("from", required: false);
            foreach (var (fromId, line) in from)
            {
                references.UseOption(questionId, fromId, fields.File, line, $"option '{id}' of question '{questionId}'");
            }
            var option = new QuestionOption(id, label, entry.String("help", required: false) ?? "",
                entry.String("revisit", required: false), entry.String("action", required: false));
            options.Add((option, from.IsEmpty ? null : [.. from.Select(f => f.Value)]));
        }
        if (options.Count > MaxOptions)
        {
            fields.Error(fields.LineOfKey("options"), $"a question may have at most {MaxOptions} options");
        }
        var ids = options.Select(o => o.Option.Id).ToList();
        return [.. options.Select((o, index) => o.Option with
        {
            OfferedFrom = o.From ?? (role == QuestionRole.Lever ? [.. ids.Take(index)] : [.. ids.Where(other => other != o.Option.Id)]),
        })];
    }

    private static Rule? ReadRule(YamlFields fields, Axis axis, ContentReferences references)
    {
        fields.AllowOnly("id", "direction", "weight", "when", "sources", "quotes", "text");
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
        var quotes = QuoteReader.Read(fields, sources, context);
        var text = fields.String("text");
        if (id is null || direction is null || weight is null || when is null || text is null)
        {
            return null;
        }
        references.Define("rule", id, fields.File, fields.LineOfKey("id"), fields.Errors);
        return new Rule(id, axis, direction.Value, weight.Value, when, sources, quotes, text, fields.File);
    }

    private static Direction? Invalid(YamlFields fields, string key, string problem)
    {
        fields.Error(fields.LineOfKey(key), $"field '{key}' {problem}");
        return null;
    }
}
