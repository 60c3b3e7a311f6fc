using System.Collections.Immutable;

namespace Decider.Core.Content.Loading;

/// <summary>Reads sources.md: the articles that reasons cite.</summary>
internal static class SourcesReader
{
    public static ImmutableArray<Source> Read(MarkdownFile file, ContentReferences references)
    {
        file.FrontMatter.AllowOnly("sources");
        var sources = ImmutableArray.CreateBuilder<Source>();
        foreach (var entry in file.FrontMatter.Maps("sources"))
        {
            entry.AllowOnly("id", "title", "author", "date");
            var id = entry.String("id");
            var title = entry.String("title");
            if (id is null || title is null)
            {
                continue;
            }
            references.Define("source", id, file.Path, entry.LineOfKey("id"), file.FrontMatter.Errors);
            sources.Add(new Source(id, title, entry.String("author", required: false) ?? "", entry.String("date", required: false) ?? ""));
        }
        return sources.ToImmutable();
    }
}
