using LetterStudio.Domain.Common;

namespace LetterStudio.Data.Mail;

/// <summary>
/// A message waiting in the outbox, written in the same transaction as the change it tells about; the
/// dispatcher delivers it afterwards, so a mail server being down never fails or blocks that change.
/// </summary>
public sealed class OutboundMail
{
    public long Id { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    /// <summary>The same message as HTML, sent beside <see cref="TextBody"/> (multipart/alternative); null sends plain text only.</summary>
    public string? HtmlBody { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    private OutboundMail() { }

    public OutboundMail(string to, string subject, string textBody, DateTimeOffset now, string? htmlBody = null)
    {
        HtmlBody = string.IsNullOrWhiteSpace(htmlBody) ? null : htmlBody;
        To = Guard.Email(to, nameof(To));
        Subject = Guard.Required(subject, nameof(Subject), Limits.ShortText);
        TextBody = Guard.Required(textBody, nameof(TextBody), Limits.Brief);
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        Attempts++;
        LastError = null;
    }

    /// <summary>Backs off exponentially (30 s, 1 min, 2 min, ... at most 6 h) so a broken server is not hammered.</summary>
    public void MarkFailed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length <= Limits.Reason ? error : error[..Limits.Reason];
        NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Attempts - 1), TimeSpan.FromHours(6).TotalSeconds));
    }
}
