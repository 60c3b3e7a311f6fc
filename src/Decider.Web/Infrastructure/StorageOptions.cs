namespace Decider.Web.Infrastructure;

/// <summary>"Decider:Storage": which database the app uses.</summary>
public sealed class StorageOptions
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (the default: a file in the data directory) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = Sqlite;
}
