using LetterStudio.Domain.Common;
using LetterStudio.Drafting.Models;
using LetterStudio.Handwriting;

namespace LetterStudio.Application.Letters;

/// <summary>
/// Turns a letter's stored text into the handwriting engine's letter and renders it: the desk's live preview
/// and the approved PDF come from the same code, so what the writer sees is what is printed.
/// </summary>
public sealed class LetterRendering(HandwritingRenderer renderer)
{
    public IReadOnlyList<HandwritingFont> Fonts => renderer.Fonts.Fonts;

    /// <summary>The fonts folder, whose fonts.json describes the hands (connected or not).</summary>
    public string FontsDirectory => renderer.Fonts.Directory;

    /// <summary>The letter's parts, or a <see cref="DomainValidationException"/> on Text saying why it is not a letter yet.</summary>
    public static Handwriting.Letter ToLetter(string text, string? dateLine = null)
    {
        LetterDraft draft;
        try
        {
            draft = LetterDraft.Parse(text);
        }
        catch (NotALetterException ex)
        {
            throw new DomainValidationException("Text", ex.Message.Replace("The answer is not a letter", "The text is not a letter yet"));
        }
        return new Handwriting.Letter { Date = dateLine, Salutation = draft.Salutation, Paragraphs = draft.Paragraphs, Closing = draft.Closing, Signature = draft.Signature, Postscript = draft.Postscript };
    }

    /// <summary>Written across every page of a test order's letter: its PDF, previews and proofs.</summary>
    public const string TestMark = "TEST — not for mailing";

    /// <summary>
    /// Render options for an order: the seed is the order's id, so the same letter always comes out in the same hand.
    /// A test order (placed with a test-mode API key) carries <see cref="TestMark"/> on every page.
    /// </summary>
    public static RenderOptions Options(DeskLook look, int orderId, string title, string author, bool isTest = false) => new()
    {
        Watermark = isTest ? TestMark : null,
        FontId = look.FontId,
        FontSize = look.FontSize,
        Ink = InkColor.TryParse(look.Ink, out var ink) ? ink : throw new DomainValidationException("Ink", $"'{look.Ink}' is not a colour of the form #RRGGBB."),
        Paper = Enum.Parse<Handwriting.PaperSize>(look.Paper.ToString()),
        Stationery = Enum.Parse<Handwriting.Stationery>(look.Stationery.ToString()),
        Realism = look.Realism,
        SignatureFontId = look.SignatureFontId,
        SignatureUnderline = look.SignatureUnderline,
        Seed = orderId,
        Title = title,
        Author = author,
    };

    public (byte[] Pdf, int Pages) RenderPdf(Handwriting.Letter letter, RenderOptions options)
    {
        using var output = new MemoryStream();
        var result = Guarded(() => renderer.RenderPdf(letter, options, output));
        return (output.ToArray(), result.PageCount);
    }

    public byte[] RenderPng(Handwriting.Letter letter, RenderOptions options, int pageIndex, float dpi)
    {
        using var output = new MemoryStream();
        Guarded(() => renderer.RenderPng(letter, options, pageIndex, dpi, output));
        return output.ToArray();
    }

    /// <summary>An envelope addressed in <paramref name="fontId"/> and <paramref name="ink"/>, as a PNG (the order form's and page's sample).</summary>
    public byte[] RenderEnvelopePng(IReadOnlyList<string> recipient, string fontId, string ink, long seed, float dpi)
    {
        using var output = new MemoryStream();
        var options = new EnvelopeOptions
        {
            FontId = fontId,
            Ink = InkColor.TryParse(ink, out var colour) ? colour : throw new DomainValidationException("Ink", $"'{ink}' is not a colour of the form #RRGGBB."),
            Seed = seed,
        };
        Guarded(() => renderer.RenderEnvelopePng(new Envelope { Recipient = recipient }, options, dpi, output));
        return output.ToArray();
    }

    public int PageCount(Handwriting.Letter letter, RenderOptions options) => Guarded(() => renderer.Measure(letter, options)).Pages.Count;

    /// <summary>Every page as a PNG, for the desk's preview.</summary>
    public IReadOnlyList<byte[]> RenderPages(Handwriting.Letter letter, RenderOptions options, float dpi)
    {
        var pages = Guarded(() => renderer.Measure(letter, options)).Pages.Count;
        return [.. Enumerable.Range(0, pages).Select(i => RenderPng(letter, options, i, dpi))];
    }

    /// <summary>The engine's refusals (a character no font has, an unknown font) become field errors the desk shows.</summary>
    private static T Guarded<T>(Func<T> render)
    {
        try
        {
            return render();
        }
        catch (UnsupportedCharacterException ex)
        {
            throw new DomainValidationException("Text", ex.Message);
        }
        catch (ArgumentException ex) when (ex.ParamName == "id")
        {
            throw new DomainValidationException("Font", ex.Message.Replace(" (Parameter 'id')", ""));
        }
    }
}
