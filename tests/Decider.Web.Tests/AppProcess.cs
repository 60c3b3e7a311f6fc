using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Decider.Web.Tests;

/// <summary>
/// The built app as its own process on loopback. It listens where the system puts it (port 0) unless a port is given,
/// as a restart on the same address needs; it is ready when it says where it listens, which it does only after its
/// content is loaded and its database migrated. Killed on dispose, so a failing test leaves no process behind.
/// </summary>
public sealed partial class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private AppProcess(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = null!;

    public int Port => BaseAddress.Port;

    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> environment, int port = 0)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Decider.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var app = new AppProcess(Process.Start(start)!);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not { } line)
            {
                return;
            }
            lock (app._output)
            {
                app._output.Add(line);
            }
            if (Listening().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }
        app._process.OutputDataReceived += Read;
        app._process.ErrorDataReceived += Read;
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        var exited = app._process.WaitForExitAsync();
        // Generous: on a busy 2-core machine, with other test classes running, a cold start can take many seconds.
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != listening.Task)
        {
            app.Dispose();
            throw new InvalidOperationException(
                $"The app {(first == exited ? "exited" : "did not say where it listens within 60 seconds")}. It wrote:\n{app.Output}");
        }
        app.BaseAddress = listening.Task.Result;
        return app;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join("\n", _output);
            }
        }
    }

    /// <summary>Ends the process at once, as kill -9 would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
