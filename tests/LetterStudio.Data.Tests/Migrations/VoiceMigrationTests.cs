using LetterStudio.Domain.Customers;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LetterStudio.Data.Tests.Migrations;

/// <summary>
/// SQLite only: it takes the database back to a migration before this one, and PostgreSQL's migrations begin after
/// it (one Initial equal to the model of the day PostgreSQL was added), so there is no earlier PostgreSQL schema
/// to migrate from. Its SQL is SQLite's too (pragma_table_info, IFNULL).
/// </summary>
public class VoiceMigrationTests
{
    private const string Before = "20261129214258_AuditLog";

    [Test]
    public async Task Profiles_recipients_and_memories_from_before_per_recipient_voices_keep_every_setting_and_fall_back_to_the_profile()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(seedDemo: true);
        await using (var db = database.Open())
        {
            // The database as it was before this migration: the per-recipient and voice columns and tables are gone.
            await db.GetService<IMigrator>().MigrateAsync(Before);
        }
        await using var before = database.Open();
        var profilesBefore = await before.Database.SqlQueryRaw<string>(
            "SELECT CustomerId || '|' || Version || '|' || Salutation || '|' || SignOff || '|' || SignatureName || '|' || IFNULL(PetNames, '') AS Value FROM StyleProfiles ORDER BY Id").ToListAsync();
        var recipientsBefore = await before.Database.SqlQueryRaw<string>("SELECT Id || '|' || Name || '|' || CalledBy AS Value FROM Recipients ORDER BY Id").ToListAsync();
        var anecdotesBefore = await before.Database.SqlQueryRaw<string>("SELECT Id || '|' || Text AS Value FROM Anecdotes ORDER BY Id").ToListAsync();
        Assert.That(profilesBefore, Is.Not.Empty);

        await using (var db = database.Open()) await db.Database.MigrateAsync();

        await using var after = database.Open();
        var profilesAfter = await after.Database.SqlQueryRaw<string>(
            "SELECT CustomerId || '|' || Version || '|' || Salutation || '|' || SignOff || '|' || SignatureName || '|' || IFNULL(PetNames, '') AS Value FROM StyleProfiles ORDER BY Id").ToListAsync();
        var recipients = await after.Recipients.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        var anecdotes = await after.Anecdotes.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        var profiles = await after.StyleProfiles.AsNoTracking().ToListAsync();
        Assert.Multiple(() =>
        {
            Assert.That(profilesAfter, Is.EqualTo(profilesBefore), "salutation, sign-off, signature and pet names unchanged");
            Assert.That(recipients.Select(r => $"{r.Id}|{r.Name}|{r.CalledBy}"), Is.EqualTo(recipientsBefore));
            // Nothing set per recipient yet: every part falls back to the customer's profile.
            Assert.That(recipients.All(r => r.Voice.IsEmpty), Is.True);
            Assert.That(anecdotes.Select(a => $"{a.Id}|{a.Text}"), Is.EqualTo(anecdotesBefore));
            Assert.That(anecdotes.All(a => a.People.Count == 0 && a.Sensitivity is null), Is.True, "old memories read as 'not recorded', so drafting reads their words");
            Assert.That(profiles.Any(p => p.PetNames.Count > 0), Is.True, "pet names still per recipient in the profile");
        });
    }
}
