using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Customers;

/// <summary>How the client greets, signs off to and signs for each recipient: set from the portal's questionnaire or the writer's dossier, always within the customer's own address book.</summary>
public sealed class RecipientVoices(LetterStudioDbContext db, LetterStudio.Domain.Common.Printability printability)
{
    /// <summary>
    /// The greeting, sign-off and signature end on paper, so they are held to the hands' coverage where they are typed,
    /// like names and addresses; what the recipient calls the client only reaches the writer and the model.
    /// </summary>
    public static void CheckPrintable(LetterStudio.Domain.Common.Printability printability, RecipientVoice voice)
    {
        printability.CheckText(voice.Greeting, nameof(RecipientVoice.Greeting));
        printability.CheckText(voice.SignOff, nameof(RecipientVoice.SignOff));
        printability.CheckText(voice.Signature, nameof(RecipientVoice.Signature));
    }

    /// <summary>Checks every voice before anything is saved (see <see cref="CheckPrintable"/>).</summary>
    public void Check(IEnumerable<RecipientVoice> voices)
    {
        foreach (var voice in voices) CheckPrintable(printability, voice.Checked());
    }

    public async Task SetAsync(int customerId, IReadOnlyDictionary<int, RecipientVoice> voices, CancellationToken ct = default)
    {
        var ids = voices.Keys.ToList();
        var recipients = await db.Recipients.Where(r => r.CustomerId == customerId && ids.Contains(r.Id)).ToListAsync(ct);
        if (ids.Except(recipients.Select(r => r.Id)).FirstOrDefault() is var missing and not 0) throw new NotFoundException("Recipient", missing);
        Check(voices.Values);
        foreach (var r in recipients) r.SetVoice(voices[r.Id]);
        await db.SaveChangesAsync(ct);
    }
}
