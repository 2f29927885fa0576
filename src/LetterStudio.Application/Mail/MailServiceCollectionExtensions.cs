using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LetterStudio.Application.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>The outbox, its delivery, and the transport the settings choose: SMTP when Mail:Smtp:Host is set, else .eml files.</summary>
    public static IServiceCollection AddMailOutbox(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => MailboxAddress.TryParse(o.From, out _), "Mail:From is not a mail address (e.g. \"LetterStudio <studio@example.com>\").")
            .Validate(o => string.IsNullOrWhiteSpace(o.Smtp.Host) || o.Smtp.Port is > 0 and <= 65535, "Mail:Smtp:Port must be between 1 and 65535.")
            .ValidateOnStart();
        services.AddScoped<MailOutbox>();
        services.AddScoped<MailDelivery>();
        services.AddSingleton<EmlFolderTransport>();
        services.AddSingleton<SmtpTransport>();
        services.AddSingleton<IMailTransport>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<MailOptions>>().Value.Smtp.Host)
            ? sp.GetRequiredService<EmlFolderTransport>()
            : sp.GetRequiredService<SmtpTransport>());
        return services;
    }
}
