using LetterStudio.Domain.Common;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Domain.Tests.Styles;

public class StyleProfileTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static StyleProfileDraft Draft() => new("Warm and wry.", 3, 4, Humour.Gentle, SentenceLength.Medium,
        ["darling"], ["awesome", "Awesome"], [new PetName(5, "Jamie love")], "My dearest {name},", "All my love,", "Ellie", LetterLook.Default);

    [Test]
    public void Revising_makes_a_new_version_and_leaves_the_old_one_as_it_was()
    {
        var v1 = StyleProfile.Create(1, Draft(), "writer", Now);

        var v2 = v1.Revise(v1.ToDraft() with { SignOff = "Yours ever," }, "writer", Now.AddDays(1));

        Assert.Multiple(() =>
        {
            Assert.That(v1.Version, Is.EqualTo(1));
            Assert.That(v2.Version, Is.EqualTo(2));
            Assert.That(v1.SignOff, Is.EqualTo("All my love,"));
            Assert.That(v2.SignOff, Is.EqualTo("Yours ever,"));
            Assert.That(v2.CustomerId, Is.EqualTo(1));
        });
    }

    [Test]
    public void Words_to_avoid_are_kept_once_whatever_their_case()
    {
        var profile = StyleProfile.Create(1, Draft(), "writer", Now);

        Assert.That(profile.WordsToAvoid, Is.EqualTo(new[] { "awesome" }));
        Assert.That(profile.PetNameFor(5), Is.EqualTo("Jamie love"));
        Assert.That(profile.PetNameFor(6), Is.Null);
    }

    [TestCase(0)]
    [TestCase(6)]
    public void Formality_outside_one_to_five_is_refused(int formality)
    {
        var ex = Assert.Throws<DomainValidationException>(() => StyleProfile.Create(1, Draft() with { Formality = formality }, "w", Now));

        Assert.That(ex!.Field, Is.EqualTo("Formality"));
    }

    [TestCase("blue")]
    [TestCase("#12345")]
    [TestCase("#GGGGGG")]
    public void An_ink_that_is_not_a_hex_colour_is_refused(string ink)
    {
        var ex = Assert.Throws<DomainValidationException>(() => LetterLook.Create("kristi", 18, ink, Stationery.Plain, PaperSize.A5));

        Assert.That(ex!.Field, Is.EqualTo("InkColour"));
    }

    [Test]
    public void A_font_size_out_of_range_is_refused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => LetterLook.Create("kristi", 4, "#000000", Stationery.Plain, PaperSize.A5));

        Assert.That(ex!.Field, Is.EqualTo("FontSizePt"));
    }

    [Test]
    public void A_signature_hand_and_underline_change_the_look_and_a_blank_hand_means_none()
    {
        var signed = LetterLook.Default.WithSignature("caveat", underline: true);

        Assert.That(signed.SignatureFontId, Is.EqualTo("caveat"));
        Assert.That(signed.SignatureUnderline, Is.True);
        Assert.That(signed, Is.Not.EqualTo(LetterLook.Default));
        Assert.That(signed.FontId, Is.EqualTo(LetterLook.Default.FontId));
        Assert.That(LetterLook.Default.WithSignature("  ", false), Is.EqualTo(LetterLook.Default));
    }
}
