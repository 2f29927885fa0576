using LetterStudio.Data;
using LetterStudio.Data.Mail;

namespace LetterStudio.Application.Mail;

/// <summary>Puts a message in the outbox as part of the caller's change; it is written when the caller saves.</summary>
public sealed class MailOutbox(LetterStudioDbContext db, TimeProvider time)
{
    /// <param name="htmlBody">The same message as HTML, for mail readers that show it; the text part says the same.</param>
    public OutboundMail Enqueue(string to, string subject, string textBody, string? htmlBody = null)
    {
        var mail = new OutboundMail(to, subject, textBody, time.GetUtcNow(), htmlBody);
        db.OutboundMail.Add(mail);
        return mail;
    }
}
