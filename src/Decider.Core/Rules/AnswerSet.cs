using System.Collections.Immutable;

namespace Decider.Core.Rules;

/// <summary>
/// The answers given, by question id. A single-choice answer holds one option id, a multi-choice answer
/// any number (none at all means "none of these"); a question that is absent is "don't know yet".
/// </summary>
public sealed class AnswerSet
{
    public static readonly AnswerSet Empty = new(ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty.WithComparers(StringComparer.Ordinal));

    private AnswerSet(ImmutableSortedDictionary<string, ImmutableArray<string>> values) => Values = values;

    public ImmutableSortedDictionary<string, ImmutableArray<string>> Values { get; }

    public static AnswerSet From(IEnumerable<KeyValuePair<string, ImmutableArray<string>>> answers) =>
        new(Empty.Values.SetItems(answers.Select(a => KeyValuePair.Create(a.Key, Distinct(a.Value)))));

    public bool IsAnswered(string questionId) => Values.ContainsKey(questionId);

    public ImmutableArray<string>? Get(string questionId) => Values.TryGetValue(questionId, out var value) ? value : null;

    public AnswerSet With(string questionId, params ImmutableArray<string> options) => new(Values.SetItem(questionId, Distinct(options)));

    public AnswerSet Without(string questionId) => new(Values.Remove(questionId));

    /// <summary>Applies answer changes; a change to nothing (null) leaves the question open.</summary>
    public AnswerSet Apply(IEnumerable<AnswerChange> changes)
    {
        var values = Values;
        foreach (var change in changes)
        {
            values = change.To is { } to ? values.SetItem(change.QuestionId, to) : values.Remove(change.QuestionId);
        }
        return new AnswerSet(values);
    }

    private static ImmutableArray<string> Distinct(ImmutableArray<string> options) =>
        options.IsDefault ? [] : [.. options.Distinct(StringComparer.Ordinal)];
}
