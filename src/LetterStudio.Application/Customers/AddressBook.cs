using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Customers;

/// <summary>
/// A customer's own address book as the portal reads it, always scoped to that customer: another customer's recipient is
/// not found. This is the live address book: the recipients a test API key made are not in it. Changing it is
/// <see cref="AddRecipient"/>, <see cref="UpdateRecipient"/> and <see cref="DeleteRecipient"/>.
/// </summary>
public sealed class AddressBook(LetterStudioDbContext db)
{
    public Task<List<Recipient>> ListAsync(int customerId, CancellationToken ct = default) =>
        db.Recipients.AsNoTracking().Where(r => r.CustomerId == customerId && !r.IsTest).OrderBy(r => r.Name).ThenBy(r => r.Id).ToListAsync(ct);

    public async Task<Recipient> GetAsync(int customerId, int recipientId, CancellationToken ct = default) =>
        await db.Recipients.AsNoTracking().SingleOrDefaultAsync(r => r.Id == recipientId && r.CustomerId == customerId && !r.IsTest, ct)
        ?? throw new NotFoundException("Recipient", recipientId);
}
