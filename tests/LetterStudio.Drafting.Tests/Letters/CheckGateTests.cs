using LetterStudio.Application.Letters;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Letters;
using LetterStudio.Drafting.Checks;
using LetterStudio.Drafting.Tests.Support;

namespace LetterStudio.Drafting.Tests.Letters;

public sealed class CheckGateTests
{
    private static LetterRevision Revision(string text)
    {
        var model = TestModels.Model("birthday", brief: "Mum turns 80.") with { RecipientName = "Margaret Doyle", RecipientCalledBy = "Mum", Relationship = "mother", PetName = null };
        var letter = new Letter(1, DateTimeOffset.UtcNow);
        var revision = letter.AddRevision(new RevisionDraft(text, RevisionSource.Writer, "writer@letterstudio.test"), DateTimeOffset.UtcNow);
        revision.RecordChecks(StyleChecker.Check(text, model, null).ToJson());
        return revision;
    }

    private const string Missing = "My dearest Mum,\n\nHappy birthday, Mum! I hope the day is lovely.\n\nAll my love,\nEllie";

    [Test]
    public void A_revision_with_check_errors_is_refused_naming_the_rules()
    {
        var error = Assert.Throws<DomainValidationException>(() => CheckGate.Enforce(Revision(Missing), null, "LS-1"));

        Assert.That(error!.Message, Does.Contain("must-say").And.Contain("override them with a reason"));
    }

    [Test]
    public void An_override_with_a_reason_lets_it_through_and_says_so_for_the_history()
    {
        var note = CheckGate.Enforce(Revision(Missing), "The customer asked by phone to leave the age out.", "LS-1");

        Assert.That(note, Is.EqualTo("; check errors overridden (must-say): The customer asked by phone to leave the age out."));
    }

    [Test]
    public void A_revision_that_passes_needs_no_reason()
    {
        var passing = "My dearest Mum,\n\nHappy eightieth birthday, Mum! I hope the day is lovely.\n\nAll my love,\nEllie";

        Assert.That(CheckGate.Enforce(Revision(passing), null, "LS-1"), Is.Empty);
    }
}
