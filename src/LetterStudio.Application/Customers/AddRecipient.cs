using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Customers;

/// <summary>Adds a recipient to a customer's address book, the address checked and normalised per country by <see cref="PostalAddress"/>.</summary>
public sealed class AddRecipient(LetterStudioDbContext db, Printability printability)
{
    public async Task<Recipient> HandleAsync(int customerId, RecipientDetails details, CancellationToken ct = default)
    {
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == customerId, ct) ?? throw new NotFoundException("Customer", customerId);
        var address = RecipientRules.AddressOf(details);
        var recipient = customer.AddRecipient(details.Name!, details.CalledBy, details.Relationship!, address);
        await RecipientRules.CheckPrintableAsync(db, printability, customerId, recipient, ct);
        await db.SaveChangesAsync(ct);
        return recipient;
    }
}
