using System.Collections.Immutable;

namespace Decider.Core.Content.Loading;

/// <summary>Reads a 'when' mapping: question id → the option ids (or 'unanswered') that satisfy it.</summary>
internal static class ConditionReader
{
    public static Condition? Read(YamlFields owner, string key, bool required, ContentReferences references, string context)
    {
        var map = owner.Map(key, required);
        if (map is null)
        {
            return null;
        }
        var condition = ReadMap(map, references, context);
        if (condition.Clauses.IsEmpty)
        {
            owner.Error(owner.LineOfKey(key), $"{context}: '{key}' must name at least one question");
        }
        return condition;
    }

    public static Condition ReadMap(YamlFields map, ContentReferences references, string context)
    {
        var clauses = ImmutableArray.CreateBuilder<Clause>();
        foreach (var (questionId, value) in map.Entries)
        {
            references.Use("question", questionId, map.File, map.LineOf(value), context);
            var options = map.StringsOf(value, questionId);
            foreach (var (optionId, line) in options)
            {
                references.UseOption(questionId, optionId, map.File, line, context);
            }
            clauses.Add(new Clause(questionId, [.. options.Select(o => o.Value)]));
        }
        return new Condition(clauses.ToImmutable());
    }
}
