using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LetterStudio.Data.Setup;

/// <summary>The provider and connection string actually used, worked out from the settings.</summary>
public sealed record DatabaseConnection(string Provider, string ConnectionString)
{
    /// <summary>Resolves the settings, or throws <see cref="ArgumentException"/> with a message naming the bad setting.</summary>
    public static DatabaseConnection Resolve(DatabaseOptions database, StudioOptions studio)
    {
        var provider = database.Provider?.Trim() ?? "";
        if (provider.Equals(DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var cs = string.IsNullOrWhiteSpace(database.ConnectionString)
                ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(studio.ResolvedDataFolder, "letterstudio.db") }.ToString()
                : Parse(() => new SqliteConnectionStringBuilder(database.ConnectionString).ToString());
            return new DatabaseConnection(DatabaseProviders.Sqlite, cs);
        }
        if (provider.Equals(DatabaseProviders.SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(database.ConnectionString))
                throw new ArgumentException("Database:ConnectionString is required when Database:Provider is SqlServer.");
            var cs = Parse(() => new SqlConnectionStringBuilder(database.ConnectionString).ToString());
            return new DatabaseConnection(DatabaseProviders.SqlServer, cs);
        }
        if (provider.Equals(DatabaseProviders.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(database.ConnectionString))
                throw new ArgumentException("Database:ConnectionString is required when Database:Provider is Postgres.");
            var cs = Parse(() => new NpgsqlConnectionStringBuilder(database.ConnectionString).ToString());
            return new DatabaseConnection(DatabaseProviders.Postgres, cs);
        }
        throw new ArgumentException($"Database:Provider '{database.Provider}' is not a provider LetterStudio knows; use Sqlite, SqlServer or Postgres.");
    }

    private static string Parse(Func<string> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ArgumentException($"Database:ConnectionString is not a valid connection string: {ex.Message}");
        }
    }
}
