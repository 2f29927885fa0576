using LetterStudio.Application.Telemetry;
using LetterStudio.Data;
using LetterStudio.Data.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LetterStudio.Application.Mail;

/// <summary>
/// The mail outbox's delivery strategy, run by the outbox dispatcher: sends the messages that are due, each on its own; a failure is recorded on the message
/// (<see cref="OutboundMail.MarkFailed"/> sets its next attempt) and retried later, up to Mail:MaxAttempts.
/// </summary>
public sealed class MailDelivery(LetterStudioDbContext db, IMailTransport transport, IOptions<MailOptions> options, TimeProvider time, ILogger<MailDelivery> logger)
    : LetterStudio.Application.Outbox.IOutboxDelivery
{
    public static string OutboxName => "Mail";

    /// <returns>How many messages were delivered.</returns>
    public async Task<int> DeliverDueAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var max = options.Value.MaxAttempts;
        var due = await db.OutboundMail.Where(m => m.SentAt == null && m.Attempts < max && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Take(50).ToListAsync(ct);
        var sent = 0;
        foreach (var mail in due)
        {
            using var activity = Telemetry.StudioTelemetry.Start("mail deliver", System.Diagnostics.ActivityKind.Client)?
                .SetTag("letterstudio.mail.id", mail.Id).SetTag("letterstudio.mail.attempt", mail.Attempts + 1);
            try
            {
                await transport.SendAsync(ToMime(mail), ct);
                mail.MarkSent(time.GetUtcNow());
                sent++;
                Telemetry.StudioTelemetry.MailDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", "sent"));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                activity.Fail(ex);
                Telemetry.StudioTelemetry.MailDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
                logger.LogWarning(ex, "Mail {Id} to {To} not delivered by {Transport}", mail.Id, mail.To, transport.Describe());
                mail.MarkFailed($"{ex.GetType().Name}: {ex.Message}", time.GetUtcNow());
            }
            // Saved one by one: a crash after sending repeats at most this one message.
            await db.SaveChangesAsync(ct);
        }
        return sent;
    }

    private MimeMessage ToMime(OutboundMail mail)
    {
        // With HTML, BodyBuilder makes multipart/alternative: the plain part first, so a text-only reader shows it.
        var body = mail.HtmlBody is null
            ? new TextPart("plain") { Text = mail.TextBody }
            : new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        var message = new MimeMessage { Subject = mail.Subject, Date = mail.CreatedAt, Body = body };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        // Stable per message, so a retried delivery is recognisably the same mail.
        message.MessageId = $"outbox-{mail.Id}.{mail.CreatedAt.ToUnixTimeSeconds()}@letterstudio";
        return message;
    }
}
