using System.Collections.Concurrent;
using LetterStudio.Data;
using LetterStudio.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.TestSupport;

/// <summary>
/// SQLite templates: one file per kind, migrated and seeded once per process, copied into a folder of its own for
/// each test. A copy of a closed database file is a complete database (pooling is off, so nothing holds it open).
/// </summary>
internal static class SqliteTemplates
{
    private const string FileName = "letterstudio.db";
    private static readonly ConcurrentDictionary<TemplateKind, Lazy<string>> Templates = new();

    public sealed record SqliteCopy(string Folder, string ConnectionString)
    {
        public SqliteLetterStudioDbContext Open() => SqliteTemplates.Open(ConnectionString);
    }

    public static SqliteCopy Copy(TemplateKind kind)
    {
        var template = Templates.GetOrAdd(kind, k => new Lazy<string>(() => Build(k))).Value;
        var folder = TempFolder.Create("db");
        File.Copy(template, Path.Combine(folder, FileName));
        return new SqliteCopy(folder, ConnectionStringFor(folder));
    }

    /// <summary>Copies the template in as the studio's own database file, letterstudio.db in its data folder.</summary>
    public static void CopyInto(TemplateKind kind, string dataFolder)
    {
        var template = Templates.GetOrAdd(kind, k => new Lazy<string>(() => Build(k))).Value;
        File.Copy(template, Path.Combine(dataFolder, FileName));
    }

    public static SqliteLetterStudioDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<SqliteLetterStudioDbContext>().UseSqlite(connectionString).Options);

    // Pooling off so the file can be copied and deleted as soon as a context is done with it.
    private static string ConnectionStringFor(string folder) => $"Data Source={Path.Combine(folder, FileName)};Pooling=False";

    private static string Build(TemplateKind kind)
    {
        var folder = TempFolder.Create($"template-{kind.ToString().ToLowerInvariant()}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TempFolder.Delete(folder);
        using (var context = Open(ConnectionStringFor(folder)))
        {
            context.Database.Migrate();
            if (kind != TemplateKind.Migrated)
                DemoStudio.SeedAsync(context, TimeProvider.System, kind == TemplateKind.Demo).GetAwaiter().GetResult();
        }
        SqliteConnection.ClearAllPools();
        return Path.Combine(folder, FileName);
    }
}
