using LetterStudio.Data.Orders;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Customers;

/// <summary>How the client greets, signs off to and signs for each recipient: set from the portal's questionnaire or the writer's dossier, always within the customer's own address book.</summary>
public sealed class RecipientVoices(LetterStudioDbContext db)
{
    public async Task SetAsync(int customerId, IReadOnlyDictionary<int, RecipientVoice> voices, CancellationToken ct = default)
    {
        var ids = voices.Keys.ToList();
        var recipients = await db.Recipients.Where(r => r.CustomerId == customerId && ids.Contains(r.Id)).ToListAsync(ct);
        if (ids.Except(recipients.Select(r => r.Id)).FirstOrDefault() is var missing and not 0) throw new NotFoundException("Recipient", missing);
        foreach (var r in recipients) r.SetVoice(voices[r.Id]);
        await db.SaveChangesAsync(ct);
    }
}
