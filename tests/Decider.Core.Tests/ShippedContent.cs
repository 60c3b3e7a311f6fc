using Decider.Core.Content;
using Decider.Core.Content.Loading;
using Decider.Core.Rules;

namespace Decider.Core.Tests;

/// <summary>The content shipped in the repository's content/ folder, copied next to the tests.</summary>
public static class ShippedContent
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "content");

    public static DecisionContent Content { get; } = ContentLoader.Load(Files());

    public static DecisionEngine Engine { get; } = new(Content);

    /// <summary>Reads every file of the shipped content, by relative path, for tests that change one.</summary>
    public static Dictionary<string, string> Files() =>
        System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Directory, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
}
