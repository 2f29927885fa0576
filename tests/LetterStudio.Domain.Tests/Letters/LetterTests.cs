using LetterStudio.Domain.Common;
using LetterStudio.Domain.Letters;

namespace LetterStudio.Domain.Tests.Letters;

public class LetterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Revisions_are_numbered_and_the_newest_is_current()
    {
        var letter = new Letter(1, Now);

        letter.AddRevision(new RevisionDraft("Dear Jamie,", RevisionSource.Composer, "writer", ModelName: "offline-composer", PromptFingerprint: "abc"), Now);
        letter.AddRevision(new RevisionDraft("Dearest Jamie,", RevisionSource.Writer, "writer"), Now);

        Assert.That(letter.Revisions.Select(r => r.Number), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(letter.Current!.Text, Is.EqualTo("Dearest Jamie,"));
        Assert.That(letter.Revisions[0].Text, Is.EqualTo("Dear Jamie,"), "earlier revisions are kept whole");
    }

    [Test]
    public void A_drafted_revision_must_name_its_model()
    {
        var letter = new Letter(1, Now);

        var ex = Assert.Throws<DomainValidationException>(() => letter.AddRevision(new RevisionDraft("Dear Jamie,", RevisionSource.Model, "writer"), Now));

        Assert.That(ex!.Field, Is.EqualTo("ModelName"));
        Assert.That(letter.Revisions, Is.Empty);
    }

    [Test]
    public void An_empty_revision_is_refused()
    {
        var letter = new Letter(1, Now);

        Assert.Throws<DomainValidationException>(() => letter.AddRevision(new RevisionDraft(" ", RevisionSource.Writer, "writer"), Now));
    }

    [Test]
    public void A_new_draft_clears_the_last_drafting_error()
    {
        var letter = new Letter(1, Now);
        letter.RecordDraftError("The model answered with something that is not a letter.", Now);

        letter.AddRevision(new RevisionDraft("Dear Jamie,", RevisionSource.Writer, "writer"), Now);

        Assert.That(letter.LastDraftError, Is.Null);
    }

    [Test]
    public void A_document_records_its_hash_and_pages()
    {
        var doc = new LetterDocument(1, 2, "%PDF-1.7 test"u8.ToArray(), 2, "{}", Now);

        Assert.That(doc.Sha256, Has.Length.EqualTo(64));
        Assert.That(doc.Sha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("%PDF-1.7 test"u8.ToArray()))));
    }
}
