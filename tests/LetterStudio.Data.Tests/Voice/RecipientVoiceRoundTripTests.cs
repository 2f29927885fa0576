using LetterStudio.Domain.Customers;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Tests.Voice;

[TestFixture(TestProvider.Sqlite)]
[TestFixture(TestProvider.Postgres)]
public class RecipientVoiceRoundTripTests(TestProvider provider)
{
    [Test]
    public async Task A_recipient_voice_and_a_memory_s_people_round_trip_through_the_database()
    {
        await using var database = await TestDatabase.CreateAsync(provider, seedDemo: true);
        int recipientId, anecdoteId;
        await using (var db = database.Open())
        {
            var r = await db.Recipients.OrderBy(x => x.Id).FirstAsync();
            r.SetVoice(new RecipientVoice("Dear Coach {name},", "With thanks,", "Dan Reyes", "Danny", Closeness.Formal));
            var a = await db.Anecdotes.OrderBy(x => x.Id).FirstAsync();
            a.Describe([new("Rose", Domain.Anecdotes.PersonRole.Other, Deceased: true), new(r.Name, Domain.Anecdotes.PersonRole.Recipient)], "Grandma's garden",
                Domain.Anecdotes.AnecdoteSensitivity.Death | Domain.Anecdotes.AnecdoteSensitivity.Private);
            await db.SaveChangesAsync();
            (recipientId, anecdoteId) = (r.Id, a.Id);
        }
        await using var read = database.Open();
        var recipient = await read.Recipients.AsNoTracking().SingleAsync(x => x.Id == recipientId);
        var anecdote = await read.Anecdotes.AsNoTracking().SingleAsync(x => x.Id == anecdoteId);
        Assert.Multiple(() =>
        {
            Assert.That(recipient.Voice, Is.EqualTo(new RecipientVoice("Dear Coach {name},", "With thanks,", "Dan Reyes", "Danny", Closeness.Formal)));
            Assert.That(anecdote.People.Select(p => $"{p.Name}/{p.Role}/{p.Deceased}"), Is.EqualTo(new[] { "Rose/Other/True", $"{recipient.Name}/Recipient/False" }));
            Assert.That(anecdote.Sensitivity, Is.EqualTo(Domain.Anecdotes.AnecdoteSensitivity.Death | Domain.Anecdotes.AnecdoteSensitivity.Private));
            Assert.That(anecdote.About, Is.EqualTo("Grandma's garden"));
        });
    }
}
