using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LetterStudio.Data.Tests.Migrations;

public class MigrationTests
{
    private static SqlServerLetterStudioDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerLetterStudioDbContext>()
            .UseSqlServer("Server=localhost;Database=LetterStudio;Trusted_Connection=True;TrustServerCertificate=True").Options);

    [Test]
    public async Task The_sqlite_model_has_no_changes_without_a_migration()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.Open();

        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            "The model changed without a migration: run scripts/add-migration.sh NAME (it adds one for both providers).");
    }

    [Test]
    public void The_sql_server_model_has_no_changes_without_a_migration()
    {
        // Needs no server: the check compares the model with the last migration's snapshot.
        using var db = SqlServer();

        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            "The model changed without a migration: run scripts/add-migration.sh NAME (it adds one for both providers).");
    }

    [Test]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlServer = SqlServer();
        using var sqlite = new SqliteLetterStudioDbContext(new DbContextOptionsBuilder<SqliteLetterStudioDbContext>().UseSqlite("Data Source=:memory:").Options);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);

        Assert.That(Names(sqlServer), Is.EqualTo(Names(sqlite)), "every model change adds a migration to both providers");
        Assert.That(Names(sqlite), Is.Not.Empty);
    }

    [Test]
    public void The_idempotent_sql_server_script_creates_every_table_once_and_guards_each_migration()
    {
        using var db = SqlServer();
        var migrator = db.GetService<IMigrator>();

        var script = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList();
        Assert.Multiple(() =>
        {
            foreach (var table in tables)
                Assert.That(script, Does.Contain($"CREATE TABLE [{table}]"), table);
            foreach (var migration in db.Database.GetMigrations())
                Assert.That(script, Does.Contain($"WHERE [MigrationId] = N'{migration}'"), migration);
            Assert.That(script, Does.Contain("[__EFMigrationsHistory]"));
            Assert.That(script, Does.Contain("IF NOT EXISTS"));
            Assert.That(script, Does.Contain("nvarchar(max)"), "SQL Server types, not SQLite's");
            Assert.That(script, Does.Not.Contain("AUTOINCREMENT"));
        });
    }

    [Test]
    public async Task Migrating_an_empty_sqlite_file_creates_the_schema_and_records_the_migrations()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.Open();

        var applied = await db.Database.GetAppliedMigrationsAsync();
        var pending = await db.Database.GetPendingMigrationsAsync();

        Assert.That(applied, Is.EquivalentTo(db.Database.GetMigrations()));
        Assert.That(pending, Is.Empty);
        Assert.That(await db.Occasions.CountAsync(), Is.EqualTo(8), "the standard occasions are always seeded");
    }
}
