using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LetterStudio.Data.Tests.Migrations;

public class MigrationTests
{
    [TestCase(nameof(SqliteLetterStudioDbContext))]
    [TestCase(nameof(SqlServerLetterStudioDbContext))]
    [TestCase(nameof(PostgresLetterStudioDbContext))]
    public void No_provider_has_model_changes_without_a_migration(string context)
    {
        // Needs no server: the check compares the model with the provider's last migration snapshot.
        using var db = DesignTimeContexts.All.Single(c => c.Name == context).Create();

        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            $"The model changed without a {context} migration: run scripts/add-migration.sh NAME (it adds one for every provider).");
    }

    [Test]
    public void Every_provider_has_the_same_migrations_since_postgres_joined()
    {
        using var sqlite = DesignTimeContexts.Sqlite();
        using var sqlServer = DesignTimeContexts.SqlServer();
        using var postgres = DesignTimeContexts.Postgres();

        static List<string> Names(DbContext db) => [.. db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..])];

        Assert.That(Names(sqlServer), Is.EqualTo(Names(sqlite)), "every model change adds a migration to every provider");
        Assert.That(Names(sqlite), Is.Not.Empty);
        // PostgreSQL's set starts with one Initial equal to the model of the day it was added; every later one is shared.
        var sincePostgres = Names(postgres).Skip(1).ToList();
        Assert.That(Names(postgres)[0], Is.EqualTo("Initial"));
        Assert.That(Names(sqlite).TakeLast(sincePostgres.Count), Is.EqualTo(sincePostgres));
    }

    [Test]
    public void The_idempotent_sql_server_script_creates_every_table_once_and_guards_each_migration()
    {
        using var db = DesignTimeContexts.SqlServer();
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

    [TestCase(TestProvider.Sqlite)]
    [TestCase(TestProvider.Postgres)]
    public async Task Migrating_an_empty_database_creates_the_schema_and_records_the_migrations(TestProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();

        var applied = await db.Database.GetAppliedMigrationsAsync();
        var pending = await db.Database.GetPendingMigrationsAsync();

        Assert.That(applied, Is.EquivalentTo(db.Database.GetMigrations()));
        Assert.That(pending, Is.Empty);
        Assert.That(await db.Occasions.CountAsync(), Is.EqualTo(8), "the standard occasions are always seeded");
    }
}
