using System.Collections.Immutable;

namespace Decider.Core.Content.Loading;

/// <summary>Reads steps.md: the wizard's steps, in order, and the questions each one asks, in order.</summary>
internal static class StepsReader
{
    public static ImmutableArray<(Step Step, ImmutableArray<(string QuestionId, int Line)> Questions)> Read(
        MarkdownFile file, ContentReferences references)
    {
        file.FrontMatter.AllowOnly("steps");
        var steps = ImmutableArray.CreateBuilder<(Step, ImmutableArray<(string, int)>)>();
        foreach (var entry in file.FrontMatter.Maps("steps"))
        {
            entry.AllowOnly("id", "title", "intro", "questions");
            var id = entry.String("id");
            var title = entry.String("title");
            var questions = entry.Strings("questions");
            if (id is null || title is null)
            {
                continue;
            }
            references.Define("step", id, file.Path, entry.LineOfKey("id"), file.FrontMatter.Errors);
            foreach (var (questionId, line) in questions)
            {
                references.Use("question", questionId, file.Path, line, $"step '{id}'");
            }
            steps.Add((new Step(id, title, entry.String("intro", required: false) ?? ""), questions));
        }
        return steps.ToImmutable();
    }
}
