using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LetterStudio.Data.Tests.Migrations;

/// <summary>
/// The OrderLook migration on real SQLite with rows that were there before it: every order gets the profile version current
/// when it was placed. The demo studio is seeded, the database taken back to the migration before, its profiles given
/// dates and a later version, then migrated again.
/// SQLite only: it takes the database back to a migration before this one, and PostgreSQL's migrations begin after
/// it (one Initial equal to the model of the day PostgreSQL was added), so there is no earlier PostgreSQL schema
/// to migrate from. Its SQL is SQLite's too (pragma_table_info, IFNULL).
/// </summary>
public class OrderLookMigrationTests
{
    private const string Before = "20261129214258_AuditLog";

    [Test]
    public async Task Every_existing_order_gets_the_profile_version_current_when_it_was_placed()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(seedDemo: true);
        int eleanor, daniel, eleanorOld, eleanorNew, danielsOrder;
        await using (var db = database.Open())
        {
            eleanor = await db.Customers.Where(c => c.Email == "eleanor@example.com").Select(c => c.Id).SingleAsync();
            daniel = await db.Customers.Where(c => c.Email == "daniel@example.com").Select(c => c.Id).SingleAsync();
            var eleanorOrders = await db.Orders.Where(o => o.CustomerId == eleanor).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
            (eleanorOld, eleanorNew) = (eleanorOrders[0], eleanorOrders[1]);
            danielsOrder = await db.Orders.Where(o => o.CustomerId == daniel).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
            await db.GetService<IMigrator>().MigrateAsync(Before);
        }

        await using (var db = database.Open())
        {
            // Eleanor: version 1 (Kristi, A5) in 2020, version 2 (Breip, 5x7) in 2024; one order from 2022, one from 2025.
            await db.Database.ExecuteSqlAsync($"UPDATE StyleProfiles SET CreatedAt = '2020-01-01 00:00:00+00:00' WHERE CustomerId = {eleanor}");
            var columns = (await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('StyleProfiles') WHERE name <> 'Id'").ToListAsync())
                .Select(c => $"\"{c}\"").ToList();
            var copy = string.Join(", ", columns.Select(c => c switch
            {
                "\"Version\"" => "2",
                "\"CreatedAt\"" => "'2024-01-01 00:00:00+00:00'",
                "\"Look_FontId\"" => "'breip'",
                "\"Look_Paper\"" => "'Card5x7'",
                "\"Look_InkColour\"" => "'#5B3A1E'",
                _ => c,
            }));
            // Column names and constants of the test's own, no outside input: a raw statement is safe here.
            var insert = $"INSERT INTO StyleProfiles ({string.Join(", ", columns)}) SELECT {copy} FROM StyleProfiles WHERE CustomerId = {eleanor} AND Version = 1";
            await db.Database.ExecuteSqlRawAsync(insert);
            await db.Database.ExecuteSqlAsync($"UPDATE Orders SET CreatedAt = '2022-06-01 00:00:00+00:00' WHERE Id = {eleanorOld}");
            await db.Database.ExecuteSqlAsync($"UPDATE Orders SET CreatedAt = '2025-06-01 00:00:00+00:00' WHERE Id = {eleanorNew}");
            // Daniel's only profile came after his order: the order gets that first version, the nearest to what it was rendered with.
            await db.Database.ExecuteSqlAsync($"UPDATE StyleProfiles SET CreatedAt = '2024-01-01 00:00:00+00:00' WHERE CustomerId = {daniel}");
            await db.Database.ExecuteSqlAsync($"UPDATE Orders SET CreatedAt = '2023-01-01 00:00:00+00:00' WHERE Id = {danielsOrder}");
        }

        await using (var db = database.Open())
            await db.Database.MigrateAsync();

        await using var after = database.Open();
        var looks = await after.Orders.AsNoTracking().Where(o => o.Id == eleanorOld || o.Id == eleanorNew || o.Id == danielsOrder)
            .ToDictionaryAsync(o => o.Id, o => o.Look);
        Assert.Multiple(() =>
        {
            Assert.That((looks[eleanorOld].FontId, looks[eleanorOld].Paper.ToString(), looks[eleanorOld].InkColour), Is.EqualTo(("kristi", "A5", "#1B2A4A")));
            Assert.That((looks[eleanorNew].FontId, looks[eleanorNew].Paper.ToString(), looks[eleanorNew].InkColour), Is.EqualTo(("breip", "Card5x7", "#5B3A1E")));
            Assert.That((looks[danielsOrder].FontId, looks[danielsOrder].Paper.ToString(), looks[danielsOrder].Stationery.ToString()), Is.EqualTo(("kristi", "Letter", "Ruled")));
            Assert.That(looks[danielsOrder].FontSizePt, Is.EqualTo(17));
        });
        Assert.That(await after.Orders.CountAsync(o => o.WantsEnvelope), Is.EqualTo(await after.Orders.CountAsync()), "existing orders keep the envelope the print room always wrote");
    }
}
