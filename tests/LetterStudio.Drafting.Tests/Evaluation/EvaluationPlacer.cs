using LetterStudio.Data;
using LetterStudio.Data.Seeding;
using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Drafting.Tests.Evaluation;

/// <summary>Writes an evaluation order into the demo studio as the portal would: the recipient, the memories, the order (Assigned).</summary>
public sealed class EvaluationPlacer(LetterStudioDbContext db)
{
    public async Task<int> PlaceAsync(EvaluationOrder order, bool reuseRecipient = false)
    {
        var now = DateTimeOffset.UtcNow;
        var customer = await db.Customers.Include(c => c.Recipients).SingleAsync(c => c.Email == order.Customer);
        var recipient = reuseRecipient ? customer.Recipients.Last(r => r.Name == order.Recipient.Name)
            : customer.AddRecipient(order.Recipient.Name, order.Recipient.CalledBy, order.Recipient.Relationship,
                PostalAddress.Create("1 High Street", null, "York", null, "YO1 7HH", "GB"));
        if (order.Voice is { } voice) recipient.SetVoice(voice);
        foreach (var sample in order.VoiceSamples ?? [])
            db.VoiceSamples.Add(new LetterStudio.Domain.Voice.VoiceSample(customer.Id, null, sample, LetterStudio.Domain.Voice.VoiceSampleSource.Pasted, false, customer.Email, now));
        await db.SaveChangesAsync();
        var anecdotes = order.Memories.Select(m => (m, a: new Anecdote(customer.Id, recipient.Id, m.Text, null, m.When, m.Tags, AnecdoteAuthor.Customer, customer.Email, now))).ToList();
        db.Anecdotes.AddRange(anecdotes.Select(x => x.a));
        await db.SaveChangesAsync();
        var placed = Order.Place(new OrderDetails(customer.Id, recipient.Id, order.Occasion, order.Brief, order.Avoid, DateOnly.FromDateTime(now.UtcDateTime).AddDays(30),
            4500, "GBP", false, null, [.. anecdotes.Where(x => x.m.Picked).Select(x => x.a.Id)]), "test", now);
        db.Orders.Add(placed);
        await db.SaveChangesAsync();
        placed.AssignTo(DemoStudio.DemoWriter, DemoStudio.DemoWriter, now);
        await db.SaveChangesAsync();
        return placed.Id;
    }
}
