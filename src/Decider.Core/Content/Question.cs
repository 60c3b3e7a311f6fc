using System.Collections.Immutable;

namespace Decider.Core.Content;

public enum QuestionKind
{
    Single,
    Multi,
}

/// <summary>
/// An answer a question offers. <see cref="Revisit"/>, on a fact, completes "Revisit when …" for a verdict that
/// would change if the fact became this answer ("its load grows to 100k+ users"). <see cref="Action"/>, on a lever,
/// says what the team would do to make this the answer ("train or hire a second Rust reviewer"). Either is offered
/// only from the answers in <see cref="OfferedFrom"/>, so advice never suggests a step back.
/// </summary>
public sealed record QuestionOption(string Id, string Label, string Help, string? Revisit = null, string? Action = null)
{
    public ImmutableArray<string> OfferedFrom { get; init; } = [];
}

/// <summary>
/// A question of the wizard. <see cref="AskedWhen"/> names the answers under which it is asked at all;
/// when they do not hold, any answer given to it is ignored. <see cref="Axis"/> is the score its rules move,
/// <see cref="Role"/> says whether the team can move it and <see cref="About"/> whether it is about the component or
/// the team. <see cref="ShortTitle"/> names the question inside a sentence, in sentence case, such as "if Rust
/// reviewers were Two or three people".
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
    Axis Axis,
    QuestionRole Role,
    QuestionAbout About,
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
