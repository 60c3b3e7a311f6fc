using System.Collections.Immutable;
using Decider.Core.Content;
using System.Text.RegularExpressions;

namespace Decider.Core.Tests.Content;

/// <summary>Every rule, gate, difference and suggested spike metric rests on words a reader can find in the article it cites.</summary>
public sealed partial class CitationTests
{
    private static readonly DecisionContent Content = ShippedContent.Content;

    private static IEnumerable<(string Owner, ImmutableArray<Quote> Quotes, string Text)> Cited() =>
        Content.Rules.Select(r => ($"rule {r.Id}", r.Quotes, r.Text))
            .Concat(Content.Policy.Gates.Append(Content.Policy.Fallback).Select(g => ($"gate {g.Id}", g.Quotes, g.Text)))
            .Concat(Content.Policy.Differences.Select(d => ($"difference {d.Id}", d.Quotes, d.Text)))
            .Concat(Content.Spike.Metrics.Select(m => ($"spike metric {m.Id}", m.Quotes, m.Text)))
            .Append(("spike outcome continue", Content.Spike.Continue.Quotes, Content.Spike.Continue.Text))
            .Append(("spike outcome stop", Content.Spike.Stop.Quotes, Content.Spike.Stop.Text));

    [Fact]
    public void EveryRuleGateAndDifference_QuotesItsArticleExactly()
    {
        foreach (var (owner, quotes, _) in Cited())
        {
            Assert.False(quotes.IsEmpty, $"{owner} quotes nothing");
            foreach (var quote in quotes)
            {
                Assert.True(Articles.Text(quote.SourceId).Contains(Articles.Normalize(quote.Text), StringComparison.Ordinal),
                    $"{owner}: \u201c{quote.Text}\u201d is not in {quote.SourceId}");
            }
        }
    }

    [Fact]
    public void TextsPeopleRead_NameArticlesByTitleNeverById()
    {
        var ids = string.Join("|", Content.Sources.Select(s => Regex.Escape(s.Id)));
        var texts = Cited().Select(c => (c.Owner, c.Text))
            .Concat(Content.Questions.Select(q => ($"question {q.Id}", q.HelpMarkdown)))
            .Concat(Content.Verdicts.Select(v => ($"verdict {v.Id}", v.MeaningMarkdown + v.NextStepsMarkdown + v.SpikePlanMarkdown)))
            .Append(("policy", Content.Policy.ExplanationMarkdown));
        foreach (var (owner, text) in texts)
        {
            Assert.False(Regex.IsMatch(text, $@"\b({ids})\b"), $"{owner} names an article by its id: {text}");
        }
    }

    [Fact]
    public void Differences_EachNameTwoSourcesAndEveryVerdictFamilyIsReachable()
    {
        Assert.NotEmpty(Content.Policy.Differences);
        Assert.All(Content.Policy.Differences, d => Assert.True(d.SourceIds.Length >= 2));
        Assert.Equal(Content.Verdicts.Select(v => v.Id).Order(), Content.Policy.Gates.Append(Content.Policy.Fallback).Select(g => g.VerdictId).Distinct().Order());
    }
}
