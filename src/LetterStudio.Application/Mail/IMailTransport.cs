using MimeKit;

namespace LetterStudio.Application.Mail;

/// <summary>Where outbox messages go: an SMTP server, or a folder of .eml files a newcomer can open.</summary>
public interface IMailTransport
{
    string Describe();

    Task SendAsync(MimeMessage message, CancellationToken ct);
}
