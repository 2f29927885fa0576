using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;

namespace LetterStudio.Domain.Tests.Customers;

public class AddressRulesTests
{
    [TestCase("GB", "sw1a1aa", null, "SW1A 1AA", new[] { "10 Downing Street", "LONDON", "SW1A 1AA", "UNITED KINGDOM" })]
    [TestCase("GB", "BA1 5JT", null, "BA1 5JT", new[] { "10 Downing Street", "LONDON", "BA1 5JT", "UNITED KINGDOM" })]
    [TestCase("US", "20500-0003", "dc", "20500-0003", new[] { "10 Downing Street", "LONDON DC 20500-0003", "UNITED STATES" })]
    [TestCase("CA", "k1a0b1", "on", "K1A 0B1", new[] { "10 Downing Street", "LONDON ON  K1A 0B1", "CANADA" })]
    [TestCase("DE", "10115", null, "10115", new[] { "10 Downing Street", "10115 London", "GERMANY" })]
    [TestCase("FR", "75003", null, "75003", new[] { "10 Downing Street", "75003 LONDON", "FRANCE" })]
    [TestCase("AU", "2000", "nsw", "2000", new[] { "10 Downing Street", "LONDON NSW 2000", "AUSTRALIA" })]
    [TestCase("NZ", "6011", null, "6011", new[] { "10 Downing Street", "London 6011", "NZ" })]
    public void A_valid_address_is_normalised_and_laid_out_as_its_post_expects(string country, string code, string? region, string normalised, string[] lines)
    {
        var address = PostalAddress.Create("10 Downing Street", null, "London", region, code, country);

        Assert.That(address.PostalCode, Is.EqualTo(normalised));
        Assert.That(address.Lines(), Is.EqualTo(lines));
    }

    [TestCase("US", "9720", "OR", "Address.PostalCode")]
    [TestCase("US", "97205", null, "Address.Region")]
    [TestCase("US", "97205", "XX", "Address.Region")]
    [TestCase("GB", "12345", null, "Address.PostalCode")]
    [TestCase("CA", "K1A 0B", "ON", "Address.PostalCode")]
    [TestCase("CA", "K1A 0B1", "ZZ", "Address.Region")]
    [TestCase("DE", "1011", null, "Address.PostalCode")]
    [TestCase("FR", "7500A", null, "Address.PostalCode")]
    [TestCase("AU", "20000", "NSW", "Address.PostalCode")]
    [TestCase("AU", "2000", null, "Address.Region")]
    public void A_wrong_postal_code_or_region_is_refused_naming_the_line(string country, string code, string? region, string field)
    {
        var ex = Assert.Throws<DomainValidationException>(() => PostalAddress.Create("1 Main St", null, "Springfield", region, code, country));

        Assert.That(ex!.Field, Is.EqualTo(field));
    }

    [Test]
    public void The_refusal_gives_an_example_of_a_good_code()
    {
        var ex = Assert.Throws<DomainValidationException>(() => PostalAddress.Create("1 Main St", null, "Ottawa", "ON", "123", "CA"));

        Assert.That(ex!.Message, Is.EqualTo("Address.PostalCode: '123' does not look like a postcode in Canada (for example K1A 0B1)."));
    }
}
