using LetterStudio.Drafting.Anecdotes;

namespace LetterStudio.Drafting.Models;

/// <summary>A letter in its parts, as the structured answer gives them and as the text is stored: salutation, paragraphs, sign-off, signature.</summary>
/// <param name="Postscript">A P.S. after the signature, without its "P.S." label; null for none.</param>
public sealed partial record LetterDraft(string Salutation, IReadOnlyList<string> Paragraphs, string Closing, string Signature, string? Postscript = null)
{
    public const string PostscriptLabel = "P.S.";
    /// <summary>The longest line that still reads as a salutation or a sign-off ("My dearest Jamie love,").</summary>
    private const int MaxFrameWords = 12;

    public string ToText() => string.Join("\n\n", [Salutation, .. Paragraphs, Closing + "\n" + Signature])
        + (string.IsNullOrWhiteSpace(Postscript) ? "" : $"\n\n{PostscriptLabel} {Postscript.Trim()}");

    /// <summary>A body written by the model, placed in the frame the studio chose for this recipient.</summary>
    public static LetterDraft InFrame(Voice.RecipientFrame frame, IEnumerable<string?>? paragraphs, string? postscript)
    {
        var draft = Create(frame.Salutation, paragraphs, frame.SignOff, frame.Signature) with { Postscript = CleanPostscript(postscript) };
        // A refusal or an apology from the model ("I'm sorry, I can't help with that.") is not the body of a letter.
        var words = draft.Paragraphs.Sum(Words.Count);
        if (words < MinBodyWords)
            throw new NotALetterException($"its body is {words} word(s) (\"{Excerpt(draft.Paragraphs[0])}\"); a letter's body has at least {MinBodyWords}.");
        return draft;
    }

    /// <summary>The shortest body taken as a letter; below it a model's answer is a refusal or a fragment.</summary>
    private const int MinBodyWords = 15;

    private static string? CleanPostscript(string? postscript)
    {
        var ps = postscript?.Trim();
        if (string.IsNullOrEmpty(ps)) return null;
        return PostscriptStart().Replace(ps, "").Trim() is { Length: > 0 } rest ? rest : null;
    }

    public LetterDraft WithParagraph(int index, string paragraph)
    {
        if (index < 0 || index >= Paragraphs.Count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"the letter has paragraphs 0 to {Paragraphs.Count - 1}.");
        return this with { Paragraphs = [.. Paragraphs.Select((p, i) => i == index ? paragraph.Trim() : p)] };
    }

    /// <summary>
    /// A streamed plain-text body placed in the studio's frame, as the OpenAI model's plain answers are read; a last
    /// paragraph starting "P.S." is the postscript. Throws <see cref="NotALetterException"/> when it is not a letter.
    /// </summary>
    public static LetterDraft FromPlainBody(string text, Voice.RecipientFrame frame) => OpenAI.LetterSchema.ParsePlainBody(text, frame);

    /// <summary>The parts, or the reason the text does not read as a letter.</summary>
    public static LetterDraft Parse(string text)
    {
        var blocks = text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(b => b.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(lines => lines.Length > 0)
            .ToList();
        string? postscript = null;
        if (blocks.Count > 3 && PostscriptStart().IsMatch(blocks[^1][0]))
        {
            postscript = CleanPostscript(string.Join(" ", blocks[^1]));
            blocks.RemoveAt(blocks.Count - 1);
        }
        if (blocks.Count < 3)
            throw new NotALetterException($"it has {blocks.Count} block(s) of text; a letter has a salutation, at least one paragraph, and a sign-off with a signature.");

        var first = blocks[0];
        var salutation = first[0];
        var body = new List<string>();
        if (first.Length > 1) body.Add(string.Join(" ", first[1..]));

        var last = blocks[^1];
        string closing, signature;
        int bodyEnd;
        if (last.Length >= 2)
        {
            (closing, signature, bodyEnd) = (string.Join(" ", last[..^1]), last[^1], blocks.Count - 1);
        }
        else
        {
            var before = blocks[^2];
            (closing, signature, bodyEnd) = (before[^1], last[0], blocks.Count - 2);
            if (before.Length > 1) body.Add(string.Join(" ", before[..^1]));
        }
        body.InsertRange(first.Length > 1 ? 1 : 0, blocks.Skip(1).Take(bodyEnd - 1).Select(b => string.Join(" ", b)));
        return Create(salutation, body, closing, signature) with { Postscript = postscript };
    }

    /// <summary>Checks parts that arrived separately (the structured answer) the same way as parsed text.</summary>
    public static LetterDraft Create(string? salutation, IEnumerable<string?>? paragraphs, string? closing, string? signature)
    {
        var body = (paragraphs ?? []).Select(p => p?.Trim()).OfType<string>().Where(p => p.Length > 0).ToList();
        if (string.IsNullOrWhiteSpace(salutation) || Words.Count(salutation) > MaxFrameWords)
            throw new NotALetterException($"it does not open with a salutation (found \"{Excerpt(salutation)}\").");
        if (body.Count == 0)
            throw new NotALetterException("it has no paragraphs between the salutation and the sign-off.");
        if (string.IsNullOrWhiteSpace(closing) || Words.Count(closing) > MaxFrameWords)
            throw new NotALetterException($"it does not end with a sign-off (found \"{Excerpt(closing)}\").");
        if (string.IsNullOrWhiteSpace(signature) || Words.Count(signature) > MaxFrameWords / 2)
            throw new NotALetterException($"it is not signed (found \"{Excerpt(signature)}\").");
        return new LetterDraft(salutation.Trim(), body, closing.Trim(), signature.Trim());
    }

    private static string Excerpt(string? s) => s is null ? "" : s.Length <= 60 ? s : s[..60] + "…";

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*P\.?\s?S\.?[:,]?\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PostscriptStart();
}
