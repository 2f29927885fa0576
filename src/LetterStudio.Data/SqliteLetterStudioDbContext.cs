using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LetterStudio.Data;

/// <summary>The order database on SQLite, the embedded default. Its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteLetterStudioDbContext(DbContextOptions<SqliteLetterStudioDbContext> options)
    : LetterStudioDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset stored as text; stored as a binary long it can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
