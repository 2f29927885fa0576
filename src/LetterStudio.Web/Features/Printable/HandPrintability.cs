using LetterStudio.Application.Printing;
using LetterStudio.Domain.Common;
using LetterStudio.Handwriting;
using LetterStudio.Printing.Jobs;
using LetterStudio.Printing.Jobs.Batches;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Printable;

/// <summary>
/// <see cref="Printability"/> from the Handwriting library itself, so what is accepted is what the print room can
/// write: a character is writable when the fallback font covers it or every hand does (the engine draws a hand's
/// missing glyph from the fallback; <see cref="HandwritingFont.Covers"/>), and an envelope fits when the engine can lay
/// it out, in the customer's hand, on the envelope size and with the return address the print room uses.
/// </summary>
public static class HandPrintability
{
    // The layout only: a PNG at the engine's lowest resolution, thrown away.
    private const float MeasureDpi = 10f;

    public static Printability Create(HandwritingRenderer renderer, IOptions<PrintingOptions> printing)
    {
        var fonts = renderer.Fonts;
        bool Writable(int codePoint) => fonts.Fallback.Covers(codePoint) || fonts.Fonts.All(f => f.Covers(codePoint));
        string? EnvelopeProblem(IReadOnlyList<string> lines, string country, string? fontId)
        {
            var font = fontId is not null && fonts.TryGet(fontId, out var hand) ? hand : fonts.DefaultFont;
            try
            {
                renderer.RenderEnvelopePng(new Envelope { Recipient = lines, ReturnAddress = printing.Value.ReturnAddress },
                    new EnvelopeOptions { Size = EnvelopeSizes.For(country), FontId = font.Id }, MeasureDpi, Stream.Null);
                return null;
            }
            catch (UnsupportedCharacterException ex)
            {
                return $"holds {PrintableText.Label(ex.CodePoint)}, which the hand {font.DisplayName} cannot write on the envelope; remove it.";
            }
            catch (ArgumentException)
            {
                return $"does not fit on a {EnvelopeSizes.For(country)} envelope in the hand {font.DisplayName} ({lines.Count} lines): shorten the lines or leave one out.";
            }
        }
        return new Printability(Writable, EnvelopeProblem);
    }
}
