using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;

namespace LetterStudio.Application.Customers;

/// <summary>What adding and changing a recipient share: the address as the country writes it, and what must be writable by hand.</summary>
internal static class RecipientRules
{
    /// <summary>What goes on the envelope and into the letter must be writable by hand, and fit the envelope, before it is saved.</summary>
    public static async Task CheckPrintableAsync(LetterStudioDbContext db, Printability printability, int customerId, Recipient recipient, CancellationToken ct)
    {
        printability.CheckRecipient(recipient.Name, recipient.Address, await CustomerLooks.FontIdAsync(db, customerId, ct));
        printability.CheckText(recipient.CalledBy, nameof(Recipient.CalledBy));
    }

    public static PostalAddress AddressOf(RecipientDetails d) =>
        PostalAddress.Create(d.Line1!, d.Line2, d.City!, d.Region, d.PostalCode!, d.CountryCode!);
}
