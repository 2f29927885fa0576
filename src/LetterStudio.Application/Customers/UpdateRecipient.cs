using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Customers;

/// <summary>Changes a recipient of the customer's own (live) address book; another customer's recipient is not found.</summary>
public sealed class UpdateRecipient(LetterStudioDbContext db, Printability printability)
{
    public async Task HandleAsync(int customerId, int recipientId, RecipientDetails details, CancellationToken ct = default)
    {
        var recipient = await db.Recipients.SingleOrDefaultAsync(r => r.Id == recipientId && r.CustomerId == customerId && !r.IsTest, ct)
            ?? throw new NotFoundException("Recipient", recipientId);
        recipient.Update(details.Name!, details.CalledBy, details.Relationship!, RecipientRules.AddressOf(details));
        await RecipientRules.CheckPrintableAsync(db, printability, customerId, recipient, ct);
        await db.SaveChangesAsync(ct);
    }
}
