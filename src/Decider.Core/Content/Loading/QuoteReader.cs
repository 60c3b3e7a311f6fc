using System.Collections.Immutable;

namespace Decider.Core.Content.Loading;

/// <summary>
/// Reads a 'quotes' mapping: source id → the few words of that article a rule, gate or difference rests on. Each
/// quoted source must also be among the entry's sources, and a quote stays short: a citation, not a copy.
/// </summary>
internal static class QuoteReader
{
    public const int MaxWords = 14;

    public static ImmutableArray<Quote> Read(YamlFields owner, ImmutableArray<string> sourceIds, string context, bool required = true)
    {
        var map = owner.Map("quotes", required);
        if (map is null)
        {
            return [];
        }
        var quotes = ImmutableArray.CreateBuilder<Quote>();
        foreach (var (sourceId, value) in map.Entries)
        {
            var line = map.LineOf(value);
            if (!sourceIds.Contains(sourceId))
            {
                map.Error(line, $"{context}: quotes '{sourceId}', which is not among its sources ({string.Join(", ", sourceIds)})");
                continue;
            }
            var text = map.String(sourceId);
            if (text is null)
            {
                continue;
            }
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words > MaxWords)
            {
                map.Error(line, $"{context}: the quote from '{sourceId}' has {words} words; quote at most {MaxWords} and say the rest in your own words");
                continue;
            }
            quotes.Add(new Quote(sourceId, text));
        }
        return quotes.ToImmutable();
    }
}
