using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LetterStudio.Data.Setup;

/// <summary>
/// Sets SQLite's own busy timeout on every connection opened. Without it, a writer that finds the database locked
/// gets SQLITE_BUSY at once, and Microsoft.Data.Sqlite retries after sleeping 150 ms: under concurrent writes
/// (API order creation) every collision cost 150 ms or more. SQLite's busy handler instead waits in steps of a few
/// milliseconds for the lock to go, so concurrent writers queue up briefly instead.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    /// <summary>How long a statement waits for a lock before SQLite gives up; the command timeout still applies on top.</summary>
    public const int Milliseconds = 5000;

    private const string Pragma = "PRAGMA busy_timeout = 5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
