using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Decider.Core.Content;
using Decider.Web.Shared;
using Microsoft.AspNetCore.Components;

namespace Decider.Web.Shared;

/// <summary>
/// The parts of a question card that never change: its help, its sources and the inside of each option (key, label,
/// help) as pieces of markup, and its radio group's name, built once per question of the content and shared by every
/// wizard session. A live session keeps two copies of each component's render tree: as elements and child
/// components an option took about twenty frames of it and the help and sources two components; as markup each
/// takes one frame.
/// </summary>
public sealed record QuestionMarkup(string Name, MarkupString Help, MarkupString Sources, ImmutableArray<MarkupString> Options)
{
    private static readonly ConditionalWeakTable<Question, QuestionMarkup> Built = [];

    public static MarkupString NoneOfThese { get; } = Option("", "None of these", null);

    public static MarkupString DontKnow { get; } = Option("0", "I don't know yet", null);

    /// <summary>The question's markup; <paramref name="sources"/> are its content's, which name its sources.</summary>
    public static QuestionMarkup Of(Question question, IReadOnlyList<Source> sources) =>
        Built.GetValue(question, q => new(
            "answer-" + q.Id,
            new MarkupString($"<div class=\"markdown question-help\">{MarkdownView.ToHtml(q.HelpMarkdown ?? "")}</div>"),
            new MarkupString("<p class=\"question-sources\">Advice from <span class=\"sources\">" +
                string.Join("<span>; </span>", q.SourceIds.Select(id => sources.First(s => s.Id == id))
                    .Select(s => $"<a href=\"/sources#{HtmlEncoder.Default.Encode(s.Id)}\">{HtmlEncoder.Default.Encode(s.Title)}</a>")) +
                "</span></p>"),
            [.. q.Options.Select((option, index) => Option(QuestionCard.KeyOf(index), option.Label, option.Help))]));

    private static MarkupString Option(string key, string label, string? help)
    {
        var encoder = HtmlEncoder.Default;
        var helpMarkup = string.IsNullOrEmpty(help) ? "" : $"<span class=\"option-help\">{encoder.Encode(help)}</span>";
        return new MarkupString(
            $"<span class=\"option-key\" aria-hidden=\"true\">{encoder.Encode(key)}</span>" +
            $"<span class=\"option-text\"><span class=\"option-label\">{encoder.Encode(label)}</span>{helpMarkup}</span>");
    }
}
