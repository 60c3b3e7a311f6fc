using System.Collections.Immutable;
using Decider.Core.Content.Loading;

namespace Decider.Web.Content;

/// <summary>
/// The decision content the app serves and the engine built from it. Edits under the content directory
/// are picked up while running; an edit that breaks the content is reported (log and /healthz) while the
/// last good content keeps serving.
/// </summary>
public sealed partial class ContentStore : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    private readonly string _directory;
    private readonly object _reloadLock = new();
    private volatile DecisionEngine _engine;
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;
    private ILogger? _logger;

    private ContentStore(string directory, DecisionEngine engine)
    {
        _directory = directory;
        _engine = engine;
    }

    public DecisionEngine Engine => _engine;

    public DecisionContent Content => Engine.Content;

    /// <summary>The problems of the last reload that failed, while the last good content serves; empty otherwise.</summary>
    public ImmutableArray<ContentError> ReloadErrors { get; private set; } = [];

    /// <summary>Loads the content, or throws <see cref="ContentException"/> listing every problem.</summary>
    public static ContentStore Load(string directory) => new(directory, new DecisionEngine(ContentDirectory.Load(directory)));

    /// <summary>Starts following edits; a burst of file events (an editor saving) is reloaded once it settles.</summary>
    public void Watch(ILogger logger)
    {
        _logger = logger;
        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(_directory) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        FileSystemEventHandler changed = (_, _) => _debounce.Change(Settle, Timeout.InfiniteTimeSpan);
        _watcher.Changed += changed;
        _watcher.Created += changed;
        _watcher.Deleted += changed;
        _watcher.Renamed += (_, _) => _debounce.Change(Settle, Timeout.InfiniteTimeSpan);
    }

    public void Reload()
    {
        lock (_reloadLock)
        {
            try
            {
                var content = ContentDirectory.Load(_directory);
                if (content.Version != _engine.Content.Version)
                {
                    _engine = new DecisionEngine(content);
                    if (_logger is not null)
                    {
                        LogReloaded(_logger, content.Version);
                    }
                }
                ReloadErrors = [];
            }
            catch (ContentException e)
            {
                ReloadErrors = e.Errors;
                foreach (var error in e.Errors)
                {
                    if (_logger is not null)
                    {
                        LogBroken(_logger, error.File, error.Line, error.Message, _engine.Content.Version);
                    }
                }
            }
            catch (IOException)
            {
                // A file mid-save; the event that follows its completion reloads again.
                _debounce?.Change(Settle, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content reloaded: now serving version {Version}")]
    private static partial void LogReloaded(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content edit rejected, still serving version {Version}: {File}:{Line}: {Problem}")]
    private static partial void LogBroken(ILogger logger, string file, int line, string problem, string version);
}
