namespace LetterStudio.Data.Setup;

/// <summary>Which database holds the orders. Section "Database" of the configuration.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>"Sqlite" (the embedded default), "SqlServer" or "Postgres".</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>The connection string. Empty with SQLite means a file letterstudio.db in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the app starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>
    /// Seed the demo studio into an empty database when the app starts. Off unless asked for: appsettings.Development.json
    /// turns it on for `dotnet run`; elsewhere it also needs <c>Studio:AllowDemoOutsideDevelopment</c>.
    /// </summary>
    public bool SeedDemo { get; set; }
}
