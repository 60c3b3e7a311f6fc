using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Decider.Core.Content;
using Decider.Web.Shared;
using Microsoft.AspNetCore.Components;

namespace Decider.Web.Wizard;

/// <summary>
/// The parts of a question card that never change (its help, its sources, the inside of each option: key, label,
/// help) as pieces of markup, built once per question of the content and shared by every wizard session. A live
/// session keeps two copies of each component's render tree: as elements and child components an option took
/// about twenty frames of it and the help and sources two components; as markup each takes one frame.
/// </summary>
public static class QuestionMarkup
{
    private static readonly ConditionalWeakTable<Question, MarkupString[]> Options = [];
    private static readonly ConditionalWeakTable<Question, MarkupString[]> HelpAndSources = [];
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);

    public static MarkupString NoneOfThese { get; } = Build("", "None of these", null);

    public static MarkupString DontKnow { get; } = Build("0", "I don't know yet", null);

    public static MarkupString[] Of(Question question) =>
        Options.GetValue(question, q => [.. q.Options.Select((option, index) => Build(QuestionCard.KeyOf(index), option.Label, option.Help))]);

    /// <summary>The question's help as Markdown, then the line that names its sources.</summary>
    public static MarkupString[] HelpAndSourcesOf(Question question, IReadOnlyList<Source> sources) =>
        HelpAndSources.GetValue(question, q =>
        [
            new MarkupString($"<div class=\"markdown question-help\">{MarkdownView.ToHtml(q.HelpMarkdown ?? "")}</div>"),
            new MarkupString("<p class=\"question-sources\">Advice from <span class=\"sources\">" +
                string.Join("<span>; </span>", q.SourceIds.Select(id => sources.First(s => s.Id == id))
                    .Select(s => $"<a href=\"/sources#{HtmlEncoder.Default.Encode(s.Id)}\">{HtmlEncoder.Default.Encode(s.Title)}</a>")) +
                "</span></p>"),
        ]);

    /// <summary>The radio group's name, shared so that a render allocates no new string for it.</summary>
    public static string NameOf(Question question) => Names.GetOrAdd(question.Id, id => "answer-" + id);

    private static MarkupString Build(string key, string label, string? help)
    {
        var encoder = HtmlEncoder.Default;
        var helpMarkup = string.IsNullOrEmpty(help) ? "" : $"<span class=\"option-help\">{encoder.Encode(help)}</span>";
        return new MarkupString(
            $"<span class=\"option-key\" aria-hidden=\"true\">{encoder.Encode(key)}</span>" +
            $"<span class=\"option-text\"><span class=\"option-label\">{encoder.Encode(label)}</span>{helpMarkup}</span>");
    }
}
