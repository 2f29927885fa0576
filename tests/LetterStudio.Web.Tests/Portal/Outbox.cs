using System.Text.RegularExpressions;
using MimeKit;

namespace LetterStudio.Web.Tests.Portal;

/// <summary>
/// Reads the mail the running app delivered as .eml files into {Studio:DataFolder}/outbox, as a newcomer
/// would open them; the app's own mail outbox dispatcher writes them.
/// </summary>
public static partial class Outbox
{
    /// <summary>Settings that make the dispatcher deliver within a fraction of a second instead of five.</summary>
    public static Dictionary<string, string> QuickDelivery => new() { ["Mail:PollInterval"] = "00:00:00.200" };

    public static async Task<MimeMessage> WaitForAsync(string dataFolder, string to, string subjectContains, int seconds = 20)
    {
        var folder = Path.Combine(dataFolder, "outbox");
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.GetFiles(folder, "*.eml"))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                        && (message.Subject ?? "").Contains(subjectContains, StringComparison.Ordinal))
                        return message;
                }
            }
            await Task.Delay(100);
        }
        throw new AssertionException($"no mail to {to} about '{subjectContains}' reached {folder} within {seconds} s");
    }

    /// <summary>The absolute link in a mail that leads to <paramref name="path"/>.</summary>
    public static Uri LinkTo(MimeMessage message, string path) =>
        new(Link().Matches(message.TextBody ?? "").Select(m => m.Value).FirstOrDefault(l => new Uri(l).AbsolutePath == path)
            ?? throw new AssertionException($"the mail '{message.Subject}' has no link to {path}:\n{message.TextBody}"));

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
