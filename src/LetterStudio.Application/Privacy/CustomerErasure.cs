using LetterStudio.Application.Audit;
using LetterStudio.Data;
using LetterStudio.Data.Caching;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Privacy;

/// <summary>
/// Erases a customer's account at their request (GDPR art. 17), in one transaction: what they told us and gave us is
/// deleted; live orders are kept for the accounts (art. 17(3)(b), bookkeeping law) with only the price, currency,
/// dates, status timeline, occasion, look, page counts and the writer's name left; the sign-in account is deleted,
/// which ends every cookie and key at once. Orders a writer or the print room is working on stop it
/// (<see cref="ErasureBlockedException"/>): the letter is half made and cannot be unmade, so the customer cancels them
/// or waits until they are posted. Orders nobody has started are cancelled as part of the erasure.
/// </summary>
public sealed class CustomerErasure(LetterStudioDbContext db, AuditLog audit, TimeProvider time)
{
    public const string ErasedActor = "erased customer";
    private const string CancelReason = "Cancelled: the customer erased their account";

    /// <summary>Orders whose work has begun and is not finished: a writer has them, or the print room does.</summary>
    public static readonly OrderStatus[] InProgress =
        [OrderStatus.Assigned, OrderStatus.Drafting, OrderStatus.InReview, OrderStatus.Approved, OrderStatus.Rendered, OrderStatus.Printed];

    public async Task<IReadOnlyList<ErasureBlocker>> BlockersAsync(int customerId, CancellationToken ct = default) =>
        (await db.Orders.AsNoTracking().Where(o => o.CustomerId == customerId && !o.IsTest && InProgress.Contains(o.Status))
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.Status }).ToListAsync(ct))
        .Select(o => new ErasureBlocker(o.Id, Order.ReferenceOf(o.Id), o.Status)).ToList();

    /// <param name="actor">Who asked, without personal data: "portal" or "api:ls_live_ab12".</param>
    public async Task<ErasureReport> EraseAsync(int customerId, string actor, string? clientAddress, CancellationToken ct = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var blockers = await BlockersAsync(customerId, ct);
            if (blockers.Count > 0) throw new ErasureBlockedException(blockers);
            var now = time.GetUtcNow();
            var customer = await db.Customers.SingleAsync(c => c.Id == customerId, ct);
            // The names this person acted under: their address, and any account name it differs from.
            var names = await db.Users.Where(u => u.CustomerId == customerId).Select(u => u.UserName!).ToListAsync(ct);
            names.Add(customer.Email);
            var pseudonym = $"customer #{customerId}";

            // 1. Orders nobody has started are cancelled, so none is written for a person who is gone.
            var waiting = await db.Orders.Where(o => o.CustomerId == customerId && !o.IsTest && o.Status == OrderStatus.Received).ToListAsync(ct);
            foreach (var order in waiting) order.MoveTo(OrderStatus.Cancelled, ErasedActor, now, CancelReason);
            await db.SaveChangesAsync(ct);

            var mine = db.Orders.Where(o => o.CustomerId == customerId);
            var testIds = await mine.Where(o => o.IsTest).Select(o => o.Id).ToListAsync(ct);
            var keptIds = await mine.Where(o => !o.IsTest).Select(o => o.Id).ToListAsync(ct);
            var keptLetters = db.Letters.Where(l => keptIds.Contains(l.OrderId)).Select(l => l.Id);

            // 2. Kept orders: the accounting facts stay, the words go. Links to memories go first (memories are deleted below).
            await db.Set<OrderAnecdote>().Where(a => keptIds.Contains(a.OrderId)).ExecuteDeleteAsync(ct);
            var anonymised = new Dictionary<string, int>
            {
                ["orders"] = await db.Orders.Where(o => keptIds.Contains(o.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.Brief, "").SetProperty(o => o.Avoid, (string?)null).SetProperty(o => o.MergeFieldsJson, (string?)null)
                    .SetProperty(o => o.RepeatsYearly, false).SetProperty(o => o.IdempotencyKey, (string?)null)
                    .SetProperty(o => o.RequestHash, (string?)null).SetProperty(o => o.UpdatedAt, now), ct),
                ["letter texts"] = await db.LetterRevisions.Where(r => keptLetters.Contains(r.LetterId)).ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Text, "").SetProperty(r => r.Note, (string?)null).SetProperty(r => r.ChecksJson, (string?)null)
                    .SetProperty(r => r.Author, r => names.Contains(r.Author) ? ErasedActor : r.Author), ct),
                ["letter PDFs"] = await db.LetterDocuments.Where(d => keptLetters.Contains(d.LetterId)).ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Pdf, Array.Empty<byte>()).SetProperty(d => d.Sha256, ""), ct),
            };
            await db.Letters.Where(l => keptIds.Contains(l.OrderId)).ExecuteUpdateAsync(s => s.SetProperty(l => l.LastDraftError, (string?)null), ct);
            // The timeline stays (when it was placed, approved, posted); reasons hold the customer's own words.
            await db.OrderHistory.Where(h => keptIds.Contains(h.OrderId)).ExecuteUpdateAsync(s => s
                .SetProperty(h => h.Reason, h => h.Reason == CancelReason ? h.Reason : null)
                .SetProperty(h => h.Actor, h => names.Contains(h.Actor) ? ErasedActor : h.Actor), ct);

            // 3. Everything that belongs to the customer alone is deleted outright. A new kind of customer data is one
            //    more line in this table.
            await db.Orders.Where(o => o.RepeatOfOrderId != null && testIds.Contains(o.RepeatOfOrderId.Value))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.RepeatOfOrderId, (int?)null), ct);
            var keptRecipients = await mine.Where(o => !o.IsTest).Select(o => o.RecipientId).Distinct().ToListAsync(ct);
            var deleted = new Dictionary<string, int>
            {
                // Test orders were never printed or charged: nothing to keep. Their letters, history and PDFs go with them.
                ["test orders"] = await db.Orders.Where(o => testIds.Contains(o.Id)).ExecuteDeleteAsync(ct),
                ["memories"] = await db.Anecdotes.Where(a => a.CustomerId == customerId).ExecuteDeleteAsync(ct),
                ["voice samples"] = await db.VoiceSamples.Where(v => v.CustomerId == customerId).ExecuteDeleteAsync(ct),
                ["voice corrections"] = await db.ClientVoices.Where(v => v.CustomerId == customerId).ExecuteDeleteAsync(ct),
                ["recipients"] = await db.Recipients.Where(r => r.CustomerId == customerId && !keptRecipients.Contains(r.Id)).ExecuteDeleteAsync(ct),
                ["API keys"] = await db.ApiKeys.Where(k => k.CustomerId == customerId).ExecuteDeleteAsync(ct),
                // Their deliveries and attempts go with them (cascade).
                ["webhook endpoints"] = await db.WebhookEndpoints.Where(e => e.CustomerId == customerId).ExecuteDeleteAsync(ct),
                ["mails"] = await db.OutboundMail.Where(m => names.Contains(m.To)).ExecuteDeleteAsync(ct),
                // Identity's claims, roles, logins and tokens go with the account (cascade); with no account, the cookie check
                // refuses every cookie it ever issued.
                ["sign-in accounts"] = await db.Users.Where(u => u.CustomerId == customerId).ExecuteDeleteAsync(ct),
            };

            // 4. What kept orders still name is blanked in place.
            var recipients = await db.Recipients.Where(r => r.CustomerId == customerId).ToListAsync(ct);
            foreach (var recipient in recipients) recipient.Erase();
            anonymised["recipients"] = recipients.Count;
            var profiles = await db.StyleProfiles.Where(p => p.CustomerId == customerId).ToListAsync(ct);
            foreach (var profile in profiles) profile.EraseContent(ErasedActor);
            anonymised["style versions"] = profiles.Count;
            customer.Erase();
            // The keys and test orders above went around the change tracker: every node's cache must still hear of it.
            Data.Caching.CacheStamps.Touch(db, customerId);
            await db.SaveChangesAsync(ct);

            // 5. The audit log keeps what happened, under a number instead of their address.
            await db.AuditEntries.Where(e => names.Contains(e.Actor)).ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, pseudonym), ct);
            await db.AuditEntries.Where(e => names.Contains(e.Subject)).ExecuteUpdateAsync(s => s.SetProperty(e => e.Subject, pseudonym), ct);
            await audit.RecordAsync(actor, "account erased", pseudonym, clientAddress, ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return new ErasureReport(deleted, anonymised, waiting.Count);
        });
    }
}
