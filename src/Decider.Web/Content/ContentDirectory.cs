using Decider.Core.Content.Loading;

namespace Decider.Web.Content;

/// <summary>Reads the content directory into what <see cref="ContentLoader"/> loads: each file's path under it and its text.</summary>
public static class ContentDirectory
{
    /// <summary>Loads every file under <paramref name="directory"/>; paths in errors are relative to it.</summary>
    /// <exception cref="ContentException">The directory is missing, or the content in it has errors.</exception>
    public static DecisionContent Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ContentException([new ContentError(directory, 0, "the content directory does not exist")]);
        }
        return ContentLoader.Load(Read(directory));
    }

    public static Dictionary<string, string> Read(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
}
