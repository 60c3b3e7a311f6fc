using System.Text.RegularExpressions;

namespace Decider.Core.Tests;

/// <summary>
/// The five source articles from ../shared/articles next to the project, by source id, for tests that check a phrase
/// is quoted exactly.
/// </summary>
public static partial class Articles
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["honest-tradeoffs"] = "000_62c49b5336927d58.txt",
        ["product-teams"] = "001_616df0435659d398.txt",
        ["hammer"] = "002_2f09024692a4cbed.txt",
        ["engineering-perspective"] = "003_052ce80c13e2212c.txt",
        ["backend-engineers"] = "004_cde60aee49da21fd.txt",
    };

    private static readonly Lazy<Dictionary<string, string>> Texts = new(() =>
        Files.ToDictionary(f => f.Key, f => Normalize(File.ReadAllText(Path.Combine(Directory(), f.Value))), StringComparer.Ordinal));

    public static string Text(string sourceId) => Texts.Value[sourceId];

    /// <summary>Folds runs of white space, so a quote wrapped across YAML lines still matches.</summary>
    public static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    private static string Directory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var articles = Path.Combine(dir.FullName, "..", "shared", "articles");
            if (File.Exists(Path.Combine(dir.FullName, "Decider.sln")) && System.IO.Directory.Exists(articles))
            {
                return articles;
            }
        }
        throw new DirectoryNotFoundException("../shared/articles was not found beside the repository (Decider.sln)");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
