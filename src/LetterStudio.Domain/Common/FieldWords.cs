using System.Globalization;
using System.Text.RegularExpressions;

namespace LetterStudio.Domain.Common;

/// <summary>
/// The fields of the domain as a person says them: "the date it should arrive", not <c>RequestedDeliveryDate</c>.
/// One table for every page, the API's problem details for people and the command line, so an error names a field the
/// same way everywhere. Paths are understood too: "Address.PostalCode" is the postcode, "NewAnecdotes[1].Text" the text
/// of new memory 2.
/// </summary>
public static partial class FieldWords
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RequestedDeliveryDate"] = "the date it should arrive",
        ["DeliveryDate"] = "the date it should arrive",
        ["Brief"] = "what the letter should say",
        ["Avoid"] = "what to leave unsaid",
        ["OccasionKey"] = "the occasion",
        ["Occasion"] = "the occasion",
        ["RecipientId"] = "who the letter is for",
        ["Recipient"] = "who the letter is for",
        ["AnecdoteIds"] = "the memories",
        ["NewAnecdotes"] = "new memory",
        ["PriceCents"] = "the price",
        ["Currency"] = "the currency",
        ["WantsProof"] = "the proof",
        ["IdempotencyKey"] = "the form",
        ["OrderIds"] = "the letters",
        ["Comment"] = "your comment",
        ["Reason"] = "the reason",
        ["TellsReason"] = "the reason",
        ["Status"] = "the order",
        ["AssignedWriter"] = "the writer",
        ["MergeFields"] = "the extra fields",
        ["Name"] = "the name",
        ["CalledBy"] = "what you call them",
        ["Relationship"] = "who they are to you",
        ["Address"] = "the address",
        ["Line1"] = "the first address line",
        ["Line2"] = "the second address line",
        ["City"] = "the town or city",
        ["Region"] = "the state, province or county",
        ["PostalCode"] = "the postcode",
        ["CountryCode"] = "the country",
        ["Email"] = "the email address",
        ["Password"] = "the password",
        ["Text"] = "the text",
        ["HappenedOn"] = "the day it happened",
        ["HappenedWhen"] = "when it happened",
        ["Tags"] = "the tags",
        ["VoiceDescription"] = "how you write",
        ["Formality"] = "how formal",
        ["Warmth"] = "how warm",
        ["Humour"] = "the humour",
        ["SentenceLength"] = "the sentence length",
        ["WordsToUse"] = "the words to use",
        ["WordsToAvoid"] = "the words to avoid",
        ["PetNames"] = "the pet names",
        ["Salutation"] = "the greeting",
        ["SignOff"] = "the sign-off",
        ["SignatureName"] = "the name you sign with",
        ["SignatureFontId"] = "the signature hand",
        ["Look"] = "the look",
        ["Font"] = "the hand",
        ["FontId"] = "the hand",
        ["FontSizePt"] = "the size of the writing",
        ["Ink"] = "the ink",
        ["InkColour"] = "the ink",
        ["Paper"] = "the paper",
        ["Stationery"] = "the stationery",
        ["Envelope"] = "the envelope",
        ["Url"] = "the address (URL)",
        ["Description"] = "the description",
        ["Mode"] = "the mode",
        ["Actor"] = "who did it",
    };

    // A reason that goes on from the field's name ("is required.") rather than standing alone ("tick at least one letter.").
    [GeneratedRegex(@"^(is|are|must|cannot|can|has|have|needs|need|should|was|were|may|contains|holds)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuesTheName();

    [GeneratedRegex(@"^(?<list>[A-Za-z]+)\[(?<index>\d+)\]\.?(?<rest>.*)$")]
    private static partial Regex Indexed();

    /// <summary>The field in words, lower case as inside a sentence: "the date it should arrive".</summary>
    public static string Of(string field)
    {
        if (Indexed().Match(field) is { Success: true } m)
        {
            var item = $"{Of(m.Groups["list"].Value)} {int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture) + 1}";
            return m.Groups["rest"].Value is { Length: > 0 } rest ? $"{Of(rest)} of {item}" : item;
        }
        var leaf = field.Contains('.') ? field[(field.LastIndexOf('.') + 1)..] : field;
        return Words.TryGetValue(leaf, out var words) ? words : Spaced(leaf);
    }

    /// <summary>
    /// The whole sentence, for a message shown away from the field: "The date it should arrive is in the past." or
    /// "The letters: tick at least one letter." becomes "Tick at least one letter." when the reason stands alone.
    /// </summary>
    public static string Sentence(string field, string reason)
    {
        var r = reason.Trim();
        if (ContinuesTheName().IsMatch(r) || r.StartsWith('\'')) return Capital($"{Of(field)} {r}");
        // "2020-01-01 is in the past." -> "The date it should arrive, 2020-01-01, is in the past."
        if (r.Length > 0 && char.IsAsciiDigit(r[0]) && r.Split(' ', 2) is [var value, var rest]) return Capital($"{Of(field)}, {value}, {rest}");
        return StandsAlone(r) ? Capital(r) : Capital($"{Of(field)}: {r}");
    }

    public static string Sentence(DomainValidationException ex) => Sentence(ex.Field, ex.Reason);

    // An instruction ("tick...", "say...") or a sentence with its own subject ("the letter shows...") needs no field before it.
    private static bool StandsAlone(string reason) =>
        reason.Split(' ', 2)[0].ToLowerInvariant() is "tick" or "say" or "choose" or "give" or "claim" or "send" or "remove" or "pick" or "keep" or "type" or "you" or "write"
            or "the" or "this" or "it" or "a" or "an";

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    // An unknown name still reads as words: "TellsReason" -> "tells reason".
    private static string Spaced(string name) => Regex.Replace(name, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
}
