using LetterStudio.Domain.Common;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Domain.Orders;

/// <summary>
/// The studio's prices, from configuration (section "Pricing"), in minor units (pence, cents): a base
/// price per paper, a charge per started block of words past what the base includes, the handwritten
/// envelope, and a rush surcharge for delivery sooner than the usual lead time.
/// </summary>
public sealed class PriceList
{
    public const string SectionName = "Pricing";

    public string Currency { get; set; } = "GBP";
    public Dictionary<PaperSize, long> BasePrice { get; set; } = new() { [PaperSize.A5] = 3500, [PaperSize.A4] = 4000, [PaperSize.Letter] = 4000, [PaperSize.Card5x7] = 2500 };
    public int IncludedWords { get; set; } = 250;
    public int ExtraWordsBlock { get; set; } = 100;
    public long ExtraWordsPrice { get; set; } = 500;
    public long EnvelopePrice { get; set; } = 250;
    /// <summary>Delivery sooner than this many days from today is a rush.</summary>
    public int StandardLeadDays { get; set; } = 7;
    public int RushSurchargePercent { get; set; } = 50;

    /// <summary>The quote for one letter, line by line, or a refusal naming the field.</summary>
    public PriceQuote Quote(PaperSize paper, int words, bool envelope, DateOnly delivery, DateOnly today)
    {
        if (!BasePrice.TryGetValue(paper, out var basePrice))
            throw new DomainValidationException("Paper", $"the studio has no price for {paper} paper.");
        if (words < 1) throw new DomainValidationException("Words", "a letter has at least one word.");
        if (delivery < today) throw new DomainValidationException("RequestedDeliveryDate", $"{delivery:yyyy-MM-dd} is in the past.");

        var lines = new List<PriceLine> { new($"{LookWords.Paper(paper)}, up to {IncludedWords} words", basePrice) };
        if (words > IncludedWords)
        {
            var blocks = (words - IncludedWords + ExtraWordsBlock - 1) / ExtraWordsBlock;
            lines.Add(new($"Up to {blocks * ExtraWordsBlock} more words", blocks * ExtraWordsPrice));
        }
        if (envelope) lines.Add(new("Handwritten envelope", EnvelopePrice));
        var days = delivery.DayNumber - today.DayNumber;
        if (days < StandardLeadDays)
        {
            var subtotal = lines.Sum(l => l.AmountMinor);
            // Rounded half up to the minor unit, so the quote never shows fractions of a penny.
            lines.Add(new(RushWords(days), (subtotal * RushSurchargePercent + 50) / 100));
        }
        return new PriceQuote(Currency, lines);
    }

    /// <summary>"Rush: arrives in 3 days, sooner than our usual 7", in words a customer reads on the form and the mail.</summary>
    private string RushWords(int days)
    {
        var when = days switch { 0 => "today", 1 => "tomorrow", _ => $"in {days} days" };
        return $"Rush delivery: arrives {when}, sooner than our usual {StandardLeadDays} days";
    }
}

public sealed record PriceLine(string Description, long AmountMinor);

public sealed record PriceQuote(string Currency, IReadOnlyList<PriceLine> Lines)
{
    public long TotalMinor => Lines.Sum(l => l.AmountMinor);
}
