using Decider.Web.Content;
using Microsoft.Extensions.DependencyInjection;

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

/// <summary>The app on its own copy of the shipped content, which a test edits and loads again as the file watcher would.</summary>
public sealed class EditableContentApp : IAsyncLifetime
{
    private readonly TempContent _content = new();

    public DeciderFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public ContentStore Store => Factory.Services.GetRequiredService<ContentStore>();

    public Task InitializeAsync()
    {
        Factory = new DeciderFactory { ContentDirectory = _content.Directory };
        Client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    /// <summary>Applies find/replace pairs to one content file and loads the content again.</summary>
    public void Edit(string file, params string[] findReplace)
    {
        for (var i = 0; i < findReplace.Length; i += 2)
        {
            _content.Edit(file, findReplace[i], findReplace[i + 1]);
        }
        Store.Reload();
        Assert.Empty(Store.ReloadErrors);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        _content.Dispose();
    }
}
