using LetterStudio.Drafting.Models;

namespace LetterStudio.Drafting.Tests.Models;

public sealed class LetterDraftTests
{
    [Test]
    public void A_letter_text_splits_into_salutation_paragraphs_sign_off_and_signature_and_back()
    {
        const string text = "Dear Lulu,\n\nFirst paragraph.\n\nSecond paragraph.\n\nWith warm regards,\nSophie";

        var draft = LetterDraft.Parse(text);

        Assert.That(draft, Has.Property(nameof(LetterDraft.Salutation)).EqualTo("Dear Lulu,")
            .And.Property(nameof(LetterDraft.Closing)).EqualTo("With warm regards,")
            .And.Property(nameof(LetterDraft.Signature)).EqualTo("Sophie"));
        Assert.That(draft.Paragraphs, Is.EqualTo(new[] { "First paragraph.", "Second paragraph." }));
        Assert.That(draft.ToText(), Is.EqualTo(text));
    }

    [Test]
    public void A_sign_off_and_signature_in_separate_blocks_are_still_found()
    {
        var draft = LetterDraft.Parse("Hey P,\r\n\r\nOne.\r\n\r\nYours, always,\r\n\r\nDan");

        Assert.That((draft.Paragraphs.Single(), draft.Closing, draft.Signature), Is.EqualTo(("One.", "Yours, always,", "Dan")));
    }

    [TestCase("Sure! Here is a poem about the sea.", "1 block(s)")]
    [TestCase("Dear Lulu,\n\nWith warm regards,\nSophie", "2 block(s)")]
    [TestCase("This opening line rambles on far too long to be any kind of salutation at all, really.\n\nBody.\n\nLove,\nMe", "does not open with a salutation")]
    [TestCase("Dear Lulu,\n\nBody.\n\nWith warm regards,\nSophie Laurent, who has a great deal more to say than a signature would", "is not signed")]
    public void Text_that_is_not_a_letter_is_refused_with_the_reason(string text, string reason)
    {
        var error = Assert.Throws<NotALetterException>(() => LetterDraft.Parse(text));

        Assert.That(error!.Message, Does.StartWith("The answer is not a letter: ").And.Contain(reason));
    }

    [Test]
    public void Replacing_a_paragraph_keeps_the_others()
    {
        var draft = LetterDraft.Parse("Dear Lulu,\n\nOne.\n\nTwo.\n\nLove,\nS");

        Assert.That(draft.WithParagraph(1, " Deux. ").Paragraphs, Is.EqualTo(new[] { "One.", "Deux." }));
        Assert.That(() => draft.WithParagraph(2, "x"), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
