using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Customers;

/// <summary>Deletes a recipient no order or anecdote refers to; otherwise refuses, saying which.</summary>
public sealed class DeleteRecipient(LetterStudioDbContext db)
{
    public async Task HandleAsync(int customerId, int recipientId, CancellationToken ct = default)
    {
        var recipient = await db.Recipients.SingleOrDefaultAsync(r => r.Id == recipientId && r.CustomerId == customerId && !r.IsTest, ct)
            ?? throw new NotFoundException("Recipient", recipientId);
        var orders = await db.Orders.Where(o => o.RecipientId == recipientId).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(ct);
        if (orders.Count > 0)
            throw new DomainValidationException("Recipient", $"{recipient.Name} is on {Count(orders.Count, "order")} ({string.Join(", ", orders.Take(5).Select(Order.ReferenceOf))}{(orders.Count > 5 ? ", ..." : "")}), so they stay in the address book.");
        var anecdotes = await db.Anecdotes.CountAsync(a => a.RecipientId == recipientId, ct);
        if (anecdotes > 0)
            throw new DomainValidationException("Recipient", $"{recipient.Name} has {Count(anecdotes, "anecdote")} kept about them, so they stay in the address book.");
        db.Recipients.Remove(recipient);
        await db.SaveChangesAsync(ct);
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
