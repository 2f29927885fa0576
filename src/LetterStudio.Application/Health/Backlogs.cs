using LetterStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Health;

/// <summary>
/// What the outboxes still have to send: mail not yet sent and not given up, webhook deliveries neither delivered nor
/// given up. Read by the readiness check and by the backlog gauges, so both count the same thing.
/// </summary>
public static class Backlogs
{
    public static IQueryable<Data.Mail.OutboundMail> Mail(LetterStudioDbContext db, int maxAttempts) =>
        db.OutboundMail.AsNoTracking().Where(m => m.SentAt == null && m.Attempts < maxAttempts);

    public static IQueryable<Domain.Webhooks.WebhookDelivery> Webhooks(LetterStudioDbContext db) =>
        db.WebhookDeliveries.AsNoTracking().Where(d => d.DeliveredAt == null && d.GivenUpAt == null);
}
