using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Application.Mail;

/// <summary>Outgoing mail. Section "Mail". Without Mail:Smtp:Host, messages are written as .eml files into the data folder.</summary>
public sealed class MailOptions : LetterStudio.Application.Outbox.IOutboxPolling
{
    public const string SectionName = "Mail";

    [Required]
    public string From { get; set; } = "LetterStudio <studio@letterstudio.test>";

    public SmtpSettings Smtp { get; set; } = new();

    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;
}

public sealed class SmtpSettings
{
    /// <summary>The SMTP server; empty means no SMTP (the .eml folder instead).</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>STARTTLS when the server offers it (port 587); false for a plain local relay.</summary>
    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    /// <summary>From user secrets or the environment (Mail__Smtp__Password), never appsettings.</summary>
    public string? Password { get; set; }
}
