using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Domain.Tests.Orders;

public class PriceListTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    // A fresh list per use: NUnit shares one fixture instance across its tests.
    private static PriceList Prices => new PriceList();

    [TestCase(PaperSize.A5, 200, false, 30, 3500)]
    [TestCase(PaperSize.Card5x7, 120, false, 30, 2500)]
    [TestCase(PaperSize.A4, 251, false, 30, 4500)]
    [TestCase(PaperSize.A4, 350, false, 30, 4500)]
    [TestCase(PaperSize.A4, 351, false, 30, 5000)]
    [TestCase(PaperSize.A5, 200, true, 30, 3750)]
    [TestCase(PaperSize.A5, 200, true, 6, 5625)]
    [TestCase(PaperSize.A5, 200, false, 7, 3500)]
    public void A_quote_adds_length_envelope_and_rush_to_the_paper(PaperSize paper, int words, bool envelope, int daysAhead, long total)
    {
        var quote = Prices.Quote(paper, words, envelope, Today.AddDays(daysAhead), Today);

        Assert.That(quote.TotalMinor, Is.EqualTo(total));
        Assert.That(quote.Currency, Is.EqualTo("GBP"));
    }

    [Test]
    public void Each_charge_is_its_own_line()
    {
        var quote = Prices.Quote(PaperSize.A5, 420, envelope: true, Today.AddDays(2), Today);

        Assert.That(quote.Lines.Select(l => l.Description), Is.EqualTo(new[]
        {
            "A5 letter sheet, up to 250 words", "Up to 200 more words", "Handwritten envelope", "Rush delivery: arrives in 2 days, sooner than our usual 7 days",
        }));
        Assert.That(quote.Lines[^1].AmountMinor, Is.EqualTo((3500 + 1000 + 250) / 2));
    }

    [Test]
    public void A_delivery_date_in_the_past_is_refused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => Prices.Quote(PaperSize.A5, 100, false, Today.AddDays(-1), Today));

        Assert.That(ex!.Field, Is.EqualTo("RequestedDeliveryDate"));
    }

    [Test]
    public void A_paper_without_a_price_is_refused()
    {
        var list = Prices;
        list.BasePrice.Remove(PaperSize.Card5x7);

        var ex = Assert.Throws<DomainValidationException>(() => list.Quote(PaperSize.Card5x7, 100, false, Today.AddDays(10), Today));

        Assert.That(ex!.Field, Is.EqualTo("Paper"));
    }
}
