using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Customers;

/// <summary>
/// A customer's own address book, always scoped to that customer: another customer's recipient is not found.
/// Addresses are checked and normalised per country by <see cref="PostalAddress"/>. This is the live address book: the
/// recipients a test API key made are not in it.
/// </summary>
public sealed class AddressBook(LetterStudioDbContext db, Printability printability)
{
    public Task<List<Recipient>> ListAsync(int customerId, CancellationToken ct = default) =>
        db.Recipients.AsNoTracking().Where(r => r.CustomerId == customerId && !r.IsTest).OrderBy(r => r.Name).ThenBy(r => r.Id).ToListAsync(ct);

    public async Task<Recipient> GetAsync(int customerId, int recipientId, CancellationToken ct = default) =>
        await db.Recipients.AsNoTracking().SingleOrDefaultAsync(r => r.Id == recipientId && r.CustomerId == customerId && !r.IsTest, ct)
        ?? throw new NotFoundException("Recipient", recipientId);

    public async Task<Recipient> AddAsync(int customerId, RecipientDetails details, CancellationToken ct = default)
    {
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == customerId, ct) ?? throw new NotFoundException("Customer", customerId);
        var address = AddressOf(details);
        var recipient = customer.AddRecipient(details.Name!, details.CalledBy, details.Relationship!, address);
        await CheckPrintableAsync(customerId, recipient, ct);
        await db.SaveChangesAsync(ct);
        return recipient;
    }

    public async Task UpdateAsync(int customerId, int recipientId, RecipientDetails details, CancellationToken ct = default)
    {
        var recipient = await db.Recipients.SingleOrDefaultAsync(r => r.Id == recipientId && r.CustomerId == customerId && !r.IsTest, ct)
            ?? throw new NotFoundException("Recipient", recipientId);
        recipient.Update(details.Name!, details.CalledBy, details.Relationship!, AddressOf(details));
        await CheckPrintableAsync(customerId, recipient, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Deletes a recipient no order or anecdote refers to; otherwise refuses, saying which.</summary>
    public async Task DeleteAsync(int customerId, int recipientId, CancellationToken ct = default)
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

    /// <summary>What goes on the envelope and into the letter must be writable by hand, and fit the envelope, before it is saved.</summary>
    private async Task CheckPrintableAsync(int customerId, Recipient recipient, CancellationToken ct)
    {
        printability.CheckRecipient(recipient.Name, recipient.Address, await CustomerLooks.FontIdAsync(db, customerId, ct));
        printability.CheckText(recipient.CalledBy, nameof(Recipient.CalledBy));
    }

    private static PostalAddress AddressOf(RecipientDetails d) =>
        PostalAddress.Create(d.Line1!, d.Line2, d.City!, d.Region, d.PostalCode!, d.CountryCode!);

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
