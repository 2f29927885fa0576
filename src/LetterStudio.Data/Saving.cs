using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data;

/// <summary>Saving with conflicts reported as conflicts, whichever way the database noticed them.</summary>
public static class Saving
{
    /// <summary>
    /// Saves, and turns a lost race into <see cref="ConcurrencyConflictException"/>: either EF's version check
    /// (a stale order or letter) or a unique index on an append-only sequence (revision N+1 or profile version
    /// N+1 written twice), which the database may hit first because EF inserts a new revision before it
    /// updates the letter row.
    /// </summary>
    public static async Task SaveOrConflictAsync(this LetterStudioDbContext db, string what, object id, CancellationToken ct = default)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException(what, id, ex);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            throw new ConcurrencyConflictException(what, id, ex);
        }
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555), the extended codes of error 19.
        SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException s => s.Number is 2601 or 2627,
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
