using System.IO.Compression;
using System.Text.Json;
using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Privacy;

/// <summary>
/// Everything the studio holds about one customer, as theirs to take away (GDPR art. 15 and 20): a zip with
/// customer.json (the account, address book, memories, style profiles, orders with their history, letters' text, API
/// keys without secrets, webhook endpoints without secrets,
/// the samples of their own writing and the writer's notes on their voice) and every rendered letter as letters/LS-000123.pdf.
/// </summary>
public sealed class CustomerExport(LetterStudioDbContext db, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task WriteZipAsync(int customerId, Stream output, CancellationToken ct = default)
    {
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId, ct);
        var recipients = await db.Recipients.AsNoTracking().Where(r => r.CustomerId == customerId).OrderBy(r => r.Id).ToListAsync(ct);
        var anecdotes = await db.Anecdotes.AsNoTracking().Where(a => a.CustomerId == customerId).OrderBy(a => a.Id).ToListAsync(ct);
        var profiles = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == customerId).OrderBy(p => p.Version).ToListAsync(ct);
        var orders = await db.Orders.AsNoTracking().Include(o => o.History).Include(o => o.Anecdotes).Where(o => o.CustomerId == customerId).OrderBy(o => o.Id).ToListAsync(ct);
        var orderIds = orders.Select(o => o.Id).ToList();
        var letters = await (from l in db.Letters.AsNoTracking()
                             where orderIds.Contains(l.OrderId)
                             from r in db.LetterRevisions.Where(r => r.LetterId == l.Id && r.Number == l.CurrentRevisionNumber).DefaultIfEmpty()
                             select new { l.Id, l.OrderId, Text = r == null ? null : r.Text }).ToListAsync(ct);
        var samples = await db.VoiceSamples.AsNoTracking().Where(v => v.CustomerId == customerId).OrderBy(v => v.Id).ToListAsync(ct);
        var voice = await db.ClientVoices.AsNoTracking().SingleOrDefaultAsync(v => v.CustomerId == customerId, ct);
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.CustomerId == customerId).OrderBy(k => k.Id)
            .Select(k => new { k.Name, k.Prefix, k.TestMode, k.CreatedAt, k.RevokedAt }).ToListAsync(ct);
        var hooks = await db.WebhookEndpoints.AsNoTracking().Where(e => e.CustomerId == customerId).OrderBy(e => e.Id)
            .Select(e => new { e.Url, e.Description, e.Active, e.CreatedAt }).ToListAsync(ct);

        var document = new
        {
            exportedAt = time.GetUtcNow(),
            customer = new { customer.Name, customer.Email, address = customer.Address?.Lines(), customer.CreatedAt },
            recipients = recipients.Select(r => new
            {
                r.Id, r.Name, r.CalledBy, r.Relationship, address = r.Address.Lines(), r.IsTest,
                r.Greeting, r.SignOff, r.Signature, r.CallsClient, closeness = r.Closeness?.ToString(),
            }),
            memories = anecdotes.Select(a => new
            {
                a.Id, a.RecipientId, a.Text, a.HappenedOn, a.HappenedWhen, addedBy = a.AddedBy.ToString(), a.CreatedAt,
                people = a.People.Select(p => new { p.Name, role = p.Role.ToString(), p.Deceased }), a.About, sensitivity = a.Sensitivity?.ToString(),
            }),
            voiceSamples = samples.Select(v => new { v.Id, v.Title, v.Text, source = v.Source.ToString(), v.IsTest, v.CreatedAt }),
            voiceCorrections = voice is null ? null : new { spelling = voice.Spelling?.ToString(), favourites = voice.FavouritesSet ? voice.Favourites : null, voice.Notes, voice.EditedBy, voice.EditedAt },
            styleProfiles = profiles.Select(p => new
            {
                p.Version, p.CreatedAt, p.VoiceDescription, p.Formality, p.Warmth, humour = p.Humour.ToString(), sentenceLength = p.SentenceLength.ToString(),
                p.Salutation, p.SignOff, p.SignatureName, look = new { p.Look.FontId, p.Look.FontSizePt, paper = p.Look.Paper.ToString() },
            }),
            orders = orders.Select(o => new
            {
                o.Id, reference = o.Reference, status = o.Status.ToString(), o.IsTest, o.RecipientId, occasion = o.OccasionKey, o.Brief, o.Avoid,
                o.RequestedDeliveryDate, priceMinor = o.PriceCents, o.Currency, o.WantsProof, mergeFields = o.MergeFields,
                memoryIds = o.Anecdotes.Select(a => a.AnecdoteId),
                history = o.History.OrderBy(h => h.Id).Select(h => new { from = h.From?.ToString(), to = h.To.ToString(), h.At, h.Reason }),
                letter = letters.FirstOrDefault(l => l.OrderId == o.Id)?.Text,
            }),
            apiKeys = keys,
            webhookEndpoints = hooks,
        };

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await using (var entry = zip.CreateEntry("customer.json").Open())
            await JsonSerializer.SerializeAsync(entry, document, Json, ct);
        var letterIds = letters.Select(l => l.Id).ToList();
        var pdfs = await db.LetterDocuments.AsNoTracking().Where(d => letterIds.Contains(d.LetterId))
            .Select(d => new { d.LetterId, d.RevisionNumber, d.Pdf }).ToListAsync(ct);
        foreach (var pdf in pdfs.GroupBy(p => p.LetterId).Select(g => g.OrderByDescending(p => p.RevisionNumber).First()))
        {
            var orderId = letters.Single(l => l.Id == pdf.LetterId).OrderId;
            await using var entry = zip.CreateEntry($"letters/{Order.ReferenceOf(orderId)}.pdf", CompressionLevel.NoCompression).Open();
            await entry.WriteAsync(pdf.Pdf, ct);
        }
    }
}
