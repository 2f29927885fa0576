using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LetterStudio.Application.Mail;

/// <summary>Sends through the SMTP server in Mail:Smtp with MailKit.</summary>
public sealed class SmtpTransport(IOptions<MailOptions> options) : IMailTransport
{
    public string Describe() => $"SMTP {options.Value.Smtp.Host}:{options.Value.Smtp.Port}";

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(smtp.UserName))
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
