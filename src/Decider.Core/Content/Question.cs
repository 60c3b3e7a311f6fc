using System.Collections.Immutable;

namespace Decider.Core.Content;

public enum QuestionKind
{
    Single,
    Multi,
}

/// <summary>
/// An answer a question offers. <see cref="Revisit"/>, when the content gives it, completes "Revisit when …"
/// for a verdict that hinges on this answer, such as "a second person can review Rust".
/// </summary>
public sealed record QuestionOption(string Id, string Label, string Help, string? Revisit = null);

/// <summary>
/// A question of the wizard. <see cref="AskedWhen"/> names the answers under which it is asked at all;
/// when they do not hold, any answer given to it is ignored. <see cref="ShortTitle"/> names the question
/// inside a sentence, in sentence case, such as "if Rust reviewers were Two or three people".
/// </summary>
public sealed record Question(
    string Id,
    string StepId,
    QuestionKind Kind,
    string Title,
    string ShortTitle,
    string HelpMarkdown,
    ImmutableArray<QuestionOption> Options,
    ImmutableArray<string> SourceIds,
    Condition? AskedWhen,
    string File)
{
    public QuestionOption? FindOption(string optionId)
    {
        foreach (var option in Options)
        {
            if (option.Id == optionId)
            {
                return option;
            }
        }
        return null;
    }
}
