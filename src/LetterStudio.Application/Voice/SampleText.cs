using System.Text;
using System.Text.RegularExpressions;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Voice;
using MimeKit;

namespace LetterStudio.Application.Voice;

/// <summary>
/// The client's own words out of an uploaded file: a .eml gives its text/plain part (or its HTML part stripped of tags
/// when it has no plain one), without the quoted reply below "On … wrote:" or "&gt;" lines and without the signature
/// below "-- " or "Sent from my iPhone"; a .txt is read as UTF-8. Quoted text is someone else's voice, and a signature
/// block is not writing at all.
/// </summary>
public static partial class SampleText
{
    public const int MaxFileBytes = 512 * 1024;

    public static (string Text, VoiceSampleSource Source) FromFile(string fileName, byte[] content, string field = "file")
    {
        if (content.Length == 0) throw new DomainValidationException(field, "is empty.");
        if (content.Length > MaxFileBytes) throw new DomainValidationException(field, $"is larger than {MaxFileBytes / 1024:N0} KB; paste the part that is your writing instead.");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".eml" => (FromEml(content, field), VoiceSampleSource.Email),
            ".txt" or ".text" or "" => (Clean(Decode(content, field)), VoiceSampleSource.File),
            _ => throw new DomainValidationException(field, $"'{extension}' files are not read; upload plain text (.txt) or an email (.eml), or paste the text."),
        };
    }

    public static string FromEml(byte[] content, string field = "file")
    {
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(content);
            message = MimeMessage.Load(stream);
        }
        catch (FormatException)
        {
            throw new DomainValidationException(field, "is not an email message (.eml).");
        }
        var text = message.TextBody;
        if (string.IsNullOrWhiteSpace(text) && message.HtmlBody is { } html)
            text = System.Net.WebUtility.HtmlDecode(Tag().Replace(BlockEnd().Replace(html, "\n"), ""));
        if (string.IsNullOrWhiteSpace(text)) throw new DomainValidationException(field, "has no text part to read.");
        return Clean(text);
    }

    /// <summary>The writing without quoted replies, forwarded copies and signature blocks.</summary>
    public static string Clean(string text)
    {
        var kept = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            // The signature separator is "-- " on a line of its own.
            if (line == "--") break;
            if (SentFrom().IsMatch(line) || ReplyHeader().IsMatch(line) || line.StartsWith("-----Original Message", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("---------- Forwarded", StringComparison.OrdinalIgnoreCase)) break;
            if (line.TrimStart().StartsWith('>')) continue;
            kept.Add(line);
        }
        return string.Join('\n', kept).Trim();
    }

    private static string Decode(byte[] content, string field)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new DomainValidationException(field, "is not UTF-8 text; save it as UTF-8, or paste the text.");
        }
    }

    [GeneratedRegex(@"^\s*Sent from my \w+", RegexOptions.IgnoreCase)]
    private static partial Regex SentFrom();

    // "On Tue, 3 Mar 2020 at 10:12, Jo Bloggs <jo@example.com> wrote:"; a line that only opens with "On" is kept.
    [GeneratedRegex(@"^\s*On .{0,200}\b(wrote|schrieb|a écrit):?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyHeader();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"</(p|div|h\d|li)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();
}
