namespace Decider.Web.Tests;

/// <summary>A throwaway copy of the shipped content that a test may edit.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "content");
        foreach (var file in System.IO.Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(shipped, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "decider-content-" + Guid.NewGuid().ToString("N"));

    public void Edit(string relativePath, string find, string replace)
    {
        var path = Path.Combine(Directory, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
