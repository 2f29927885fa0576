namespace LetterStudio.Data.Mail;

/// <summary>Puts a message in the outbox as part of the caller's change; it is written when the caller saves.</summary>
public sealed class MailOutbox(LetterStudioDbContext db, TimeProvider time)
{
    public OutboundMail Enqueue(string to, string subject, string textBody)
    {
        var mail = new OutboundMail(to, subject, textBody, time.GetUtcNow());
        db.OutboundMail.Add(mail);
        return mail;
    }
}
