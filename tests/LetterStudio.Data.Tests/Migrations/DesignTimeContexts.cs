using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Tests.Migrations;

/// <summary>
/// The three providers' contexts as `dotnet ef` builds them: a model and a migrations set each, no database opened.
/// Connection strings here are never used to connect.
/// </summary>
public static class DesignTimeContexts
{
    public static SqliteLetterStudioDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<SqliteLetterStudioDbContext>().UseSqlite("Data Source=:memory:").Options);

    public static SqlServerLetterStudioDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerLetterStudioDbContext>()
            .UseSqlServer("Server=localhost;Database=LetterStudio;Trusted_Connection=True;TrustServerCertificate=True").Options);

    public static PostgresLetterStudioDbContext Postgres() =>
        new(new DbContextOptionsBuilder<PostgresLetterStudioDbContext>().UseNpgsql("Host=localhost;Database=letterstudio").Options);

    public sealed record Named(string Name, Func<LetterStudioDbContext> Create);

    public static IReadOnlyList<Named> All { get; } =
    [
        new(nameof(SqliteLetterStudioDbContext), Sqlite),
        new(nameof(SqlServerLetterStudioDbContext), SqlServer),
        new(nameof(PostgresLetterStudioDbContext), Postgres),
    ];
}
