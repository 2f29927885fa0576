using LetterStudio.Data.Setup;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LetterStudio.Application.Mail;

/// <summary>Writes each message as an .eml file under {data folder}/outbox: the default when no SMTP server is set.</summary>
public sealed class EmlFolderTransport(IOptions<StudioOptions> studio) : IMailTransport
{
    public string Folder => Path.Combine(studio.Value.ResolvedDataFolder, "outbox");

    public string Describe() => $".eml files in {Folder}";

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml";
        // Written to a temporary name and renamed, so a reader never sees half a message.
        var temp = Path.Combine(Folder, name + ".tmp");
        await using (var file = File.Create(temp))
            await message.WriteToAsync(file, ct);
        File.Move(temp, Path.Combine(Folder, name), overwrite: true);
    }
}
