using Decider.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Decider.Web.Teams;

/// <summary>
/// Tells the open views of a team session that it changed, so the lead's view updates over its circuit as
/// answers arrive. On SQLite there is one instance and the event is raised in process; on PostgreSQL every
/// instance listens on one channel (<see cref="TeamEventListener"/>) and a change is sent with NOTIFY, so a
/// lead on one instance sees answers submitted on another.
/// </summary>
public sealed class TeamEvents
{
    public const string Channel = "decider_team";

    public event Action<string>? Changed;

    public void Raise(string sessionId) => Changed?.Invoke(sessionId);

    public async Task PublishAsync(DeciderDbContext db, string sessionId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {sessionId})", cancellationToken);
        }
        else
        {
            Raise(sessionId);
        }
    }
}

/// <summary>Listens for team session changes made by any instance on the shared PostgreSQL database.</summary>
public sealed partial class TeamEventListener(string connectionString, TeamEvents events, ILogger<TeamEventListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => events.Raise(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {TeamEvents.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
            {
                // Views fall back to what they show until the next change; try again shortly.
                LogListenFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for team session changes failed; retrying in 5 seconds")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);
}
