using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;

namespace LetterStudio.Domain.Tests.Common;

/// <summary>Errors name fields in words a person uses, never the code's names.</summary>
public class FieldWordsTests
{
    [TestCase("RequestedDeliveryDate", "2020-01-01 is in the past.", "The date it should arrive, 2020-01-01, is in the past.")]
    [TestCase("OrderIds", "tick at least one letter.", "Tick at least one letter.")]
    [TestCase("Comment", "say what you would like changed.", "Say what you would like changed.")]
    [TestCase("Address.Line1", "is required.", "The first address line is required.")]
    [TestCase("Address.PostalCode", "'M1 XYZ' does not look like a postcode in the United Kingdom (for example SW1A 1AA).", "The postcode 'M1 XYZ' does not look like a postcode in the United Kingdom (for example SW1A 1AA).")]
    [TestCase("Brief", "must be at most 8,000 characters (got 8,001).", "What the letter should say must be at most 8,000 characters (got 8,001).")]
    [TestCase("NewAnecdotes[1].Text", "is required.", "The text of new memory 2 is required.")]
    [TestCase("TellsReason", "is required.", "The reason is required.")]
    [TestCase("SomethingNew", "is required.", "Something new is required.")]
    public void A_field_and_its_reason_read_as_one_sentence(string field, string reason, string expected) =>
        Assert.That(FieldWords.Sentence(field, reason), Is.EqualTo(expected));

    [Test]
    public void An_empty_address_names_every_missing_line_at_once()
    {
        var problems = PostalAddress.Problems("", null, " ", null, "", "GB");
        Assert.That(problems.Select(FieldWords.Sentence), Is.EqualTo(new[]
        {
            "The first address line is required.", "The town or city is required.", "The postcode is required.",
        }));
    }

    [Test]
    public void A_complete_address_has_only_its_country_s_problem_and_a_good_one_none()
    {
        Assert.That(PostalAddress.Problems("1 Main St", null, "Portland", null, "97205", "US").Select(FieldWords.Sentence),
            Is.EqualTo(new[] { "The state, province or county is needed for an address in the United States: the state (two letters)." }));
        Assert.That(PostalAddress.Problems("1 Main St", null, "Portland", "OR", "97205", "US"), Is.Empty);
    }
}
