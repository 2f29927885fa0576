using System.Globalization;
using System.Text;

namespace LetterStudio.Domain.Common;

/// <summary>
/// Text that ends on paper (names, address lines, memories) is checked where it is typed, not at batch time: control
/// and invisible formatting characters (Unicode Cc and Cf: NUL, CR/LF in a one-line field, bidi overrides such as
/// U+202E, zero-width spaces) are refused here, always; characters no hand can write are refused by
/// <see cref="Printability"/>, which knows the fonts. Every refusal names the field and the character in words.
/// </summary>
public static class PrintableText
{
    /// <exception cref="DomainValidationException">The text holds a character that cannot be printed.</exception>
    public static void Check(string? text, string field, bool multiline = false, Func<int, bool>? writable = null)
    {
        if (string.IsNullOrEmpty(text)) return;
        int offset = 0;
        while (offset < text.Length)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(offset), out var rune, out var length) != System.Buffers.OperationStatus.Done)
                throw new DomainValidationException(field, $"holds a broken character (a lone surrogate U+{(int)text[offset]:X4}); type it again.");
            offset += length;
            var value = rune.Value;
            if (value is '\n' or '\r')
            {
                if (multiline) continue;
                throw new DomainValidationException(field, "must be one line: remove the line break.");
            }
            if (value == '\t')
            {
                if (multiline) continue;
                throw new DomainValidationException(field, "must not hold a tab; use a space.");
            }
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.Control:
                    throw new DomainValidationException(field, $"holds a control character ({Label(value)}) that cannot be printed; remove it.");
                case UnicodeCategory.Format:
                    throw new DomainValidationException(field, $"holds an invisible formatting character ({Label(value)}{FormatName(value)}) that cannot be written by hand; remove it.");
                case UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned:
                    throw new DomainValidationException(field, $"holds a character with no agreed shape ({Label(value)}); remove it.");
            }
            // Emoji never reach paper, even those a fallback font happens to draw: a pen cannot write them.
            if (IsEmoji(value))
                throw new DomainValidationException(field, $"holds the emoji {rune} ({Label(value)}), which cannot be written by hand; remove it or choose another word.");
            if (writable is not null && !writable(value))
                throw new DomainValidationException(field, $"holds the character {rune} ({Label(value)}{Script(value)}), which none of the studio's hands can write; remove it or choose another word.");
        }
    }

    public static string Label(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>The emoji and pictograph blocks, and the older symbols that phones offer as emoji.</summary>
    private static bool IsEmoji(int c) =>
        c is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF or 0x231A or 0x231B or >= 0x23E9 and <= 0x23FA or 0x2B1B or 0x2B1C or 0x2B50 or 0x2B55
            or 0x3030 or 0x303D or 0x3297 or 0x3299 or 0xFE0F;

    private static string Script(int c) => c switch
    {
        >= 0xFF01 and <= 0xFF60 => ", a full-width sign",
        >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2FFFF => ", a Chinese, Japanese or Korean ideograph",
        >= 0x3040 and <= 0x30FF => ", Japanese kana",
        >= 0xAC00 and <= 0xD7AF => ", a Korean syllable",
        >= 0x0600 and <= 0x06FF => ", Arabic",
        >= 0x0590 and <= 0x05FF => ", Hebrew",
        _ => "",
    };

    private static string FormatName(int c) => c switch
    {
        0x00AD => " soft hyphen",
        0x200B => " zero-width space",
        0x200C => " zero-width non-joiner",
        0x200D => " zero-width joiner",
        0x200E => " left-to-right mark",
        0x200F => " right-to-left mark",
        0x202A => " left-to-right embedding",
        0x202B => " right-to-left embedding",
        0x202C => " pop directional formatting",
        0x202D => " left-to-right override",
        0x202E => " right-to-left override",
        >= 0x2066 and <= 0x2069 => " directional isolate",
        0x2060 => " word joiner",
        0xFEFF => " byte order mark",
        _ => "",
    };
}
