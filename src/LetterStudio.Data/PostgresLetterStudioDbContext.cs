using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data;

/// <summary>
/// The order database on PostgreSQL, the server database that runs here and in CI. Its migrations live in
/// Migrations/Postgres. The model is the shared one with two PostgreSQL spellings:
/// <list type="bullet">
/// <item>The <c>Version</c> concurrency tokens stay plain integers bumped by <see cref="ConcurrencyVersions"/> and
/// carried in every UPDATE's WHERE clause, which PostgreSQL enforces like the other two (a stale save updates no row).
/// PostgreSQL's own <c>xmin</c> would add a token the other providers do not have, and the models are checked to agree.</item>
/// <item>Index filters are written once, in the bracket quoting SQLite and SQL Server share (<c>[IsOpen] = 1</c>);
/// PostgreSQL quotes with double quotes and has real booleans, so they are respelled here (<c>"IsOpen"</c>).</item>
/// </list>
/// Case: SQL Server's default collation and SQLite's LIKE ignore case where PostgreSQL's do not; the searches that
/// rely on it use ILIKE on PostgreSQL (see <c>Orders.OrderQueries</c>).
/// </summary>
public sealed partial class PostgresLetterStudioDbContext(DbContextOptions<PostgresLetterStudioDbContext> options)
    : LetterStudioDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var index in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()))
        {
            if (index.GetFilter() is not { } filter) continue;
            filter = TrueFlag().Replace(filter, "\"$1\"");
            index.SetFilter(Bracketed().Replace(filter, "\"$1\""));
        }
    }

    [GeneratedRegex(@"\[(\w+)\] = 1")]
    private static partial Regex TrueFlag();

    [GeneratedRegex(@"\[(\w+)\]")]
    private static partial Regex Bracketed();
}
