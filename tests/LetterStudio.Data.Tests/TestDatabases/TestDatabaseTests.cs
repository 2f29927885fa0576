using LetterStudio.Domain.Customers;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace LetterStudio.Data.Tests.TestDatabases;

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public sealed class TestDatabaseTests(TestProvider provider)
{
    [Test]
    public async Task A_copy_of_the_demo_template_holds_the_demo_studio_and_is_a_database_of_its_own()
    {
        await using var first = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using var second = await TestDatabase.CreateAsync(provider, seedDemo: true);
        await using (var context = first.Open())
        {
            context.Customers.Add(new Customer("Ada Marsh", "ada@example.com",
                PostalAddress.Create("1 Quay Street", null, "Bristol", null, "BS1 4DB", "GB"), TimeProvider.System.GetUtcNow()));
            await context.SaveChangesAsync();
        }

        await using var a = first.Open();
        await using var b = second.Open();
        Assert.That(await a.Customers.CountAsync(), Is.EqualTo(4));
        Assert.That(await b.Customers.CountAsync(), Is.EqualTo(3));
        Assert.That(first.ConnectionString, Is.Not.EqualTo(second.ConnectionString));
    }

    [Test]
    public async Task Without_the_demo_only_the_standard_occasions_are_seeded()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var context = db.Open();

        Assert.That(await context.Customers.AnyAsync(), Is.False);
        Assert.That(await context.Occasions.CountAsync(), Is.GreaterThan(0));
        Assert.That(await context.Database.GetPendingMigrationsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_clock_of_the_tests_own_dates_the_demo_studio()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2031, 3, 4, 9, 0, 0, TimeSpan.Zero));
        await using var db = await TestDatabase.CreateAsync(provider, seedDemo: true, time);
        await using var context = db.Open();

        var created = await context.Customers.Select(c => c.CreatedAt).ToListAsync();
        Assert.That(created, Is.Not.Empty.And.All.EqualTo(time.GetUtcNow()));
    }

    [Test]
    public async Task The_settings_name_the_provider_and_the_connection_string()
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        Assert.That(db.Settings["Database:Provider"], Is.EqualTo(provider.ToString()));
        Assert.That(db.Settings["Database:ConnectionString"], Is.EqualTo(db.ConnectionString));
    }
}

/// <summary>A SQLite copy is a file in a temporary folder; only PostgreSQL keeps databases that must be dropped.</summary>
public sealed class PostgresTestDatabaseTests
{
    [Test]
    public async Task A_postgres_database_is_dropped_when_the_test_is_done_with_it()
    {
        var db = await TestDatabase.CreateAsync(TestProvider.Postgres);
        var name = new NpgsqlConnectionStringBuilder(db.ConnectionString).Database;
        await db.DisposeAsync();

        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(await PostgresServer.ConnectionStringAsync()) { Database = "postgres" }.ToString());
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", admin);
        command.Parameters.AddWithValue("name", name!);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(0L));
    }
}
