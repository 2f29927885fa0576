using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;

namespace LetterStudio.Domain.Tests.Customers;

public class CustomerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static PostalAddress Home() => PostalAddress.Create("1 High St", null, "Bath", null, "BA1 1AA", "gb");

    [TestCase("", "Name")]
    [TestCase("  ", "Name")]
    public void An_empty_name_is_refused(string name, string field)
    {
        var ex = Assert.Throws<DomainValidationException>(() => new Customer(name, "a@b.com", null, Now));

        Assert.That(ex!.Field, Is.EqualTo(field));
        Assert.That(ex.Message, Is.EqualTo("Name: is required."));
    }

    [TestCase("not-an-email")]
    [TestCase("a@b")]
    [TestCase("a b@c.com")]
    [TestCase("@c.com")]
    public void A_malformed_email_is_refused(string email)
    {
        var ex = Assert.Throws<DomainValidationException>(() => new Customer("Ann", email, null, Now));

        Assert.That(ex!.Field, Is.EqualTo("Email"));
    }

    [Test]
    public void A_recipient_without_a_pet_name_is_called_by_their_name()
    {
        var customer = new Customer("Ann", "ann@example.com", Home(), Now);

        var recipient = customer.AddRecipient("Margaret Doyle", null, "mother", Home());

        Assert.That(recipient.CalledBy, Is.EqualTo("Margaret Doyle"));
        Assert.That(customer.Recipients, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_recipient_without_a_relationship_is_refused()
    {
        var customer = new Customer("Ann", "ann@example.com", Home(), Now);

        var ex = Assert.Throws<DomainValidationException>(() => customer.AddRecipient("Bob", "Bobby", "", Home()));

        Assert.That(ex!.Field, Is.EqualTo("Relationship"));
        Assert.That(customer.Recipients, Is.Empty);
    }

    [Test]
    public void An_address_names_the_missing_line()
    {
        var ex = Assert.Throws<DomainValidationException>(() => PostalAddress.Create("1 High St", null, "", null, "BA1", "GB"));

        Assert.That(ex!.Field, Is.EqualTo("Address.City"));
    }

    [Test]
    public void A_country_must_be_a_two_letter_code()
    {
        var ex = Assert.Throws<DomainValidationException>(() => PostalAddress.Create("1 High St", null, "Bath", null, "BA1", "GBR"));

        Assert.That(ex!.Field, Is.EqualTo("Address.CountryCode"));
    }

    [Test]
    public void Address_lines_read_as_an_envelope_would()
    {
        var address = PostalAddress.Create("221 Maple Avenue", "Apt 4B", "Portland", "OR", "97205", "us");

        Assert.That(address.Lines(), Is.EqualTo(new[] { "221 Maple Avenue", "Apt 4B", "PORTLAND OR 97205", "UNITED STATES" }));
        Assert.That(address.Lines(sendingFrom: "US"), Is.EqualTo(new[] { "221 Maple Avenue", "Apt 4B", "PORTLAND OR 97205" }));
    }
}
