using System.Text.RegularExpressions;
using LetterStudio.Domain.Styles;
using LetterStudio.Drafting.Anecdotes;
using LetterStudio.Drafting.Checks;
using LetterStudio.Drafting.Models.Offline;
using LetterStudio.Drafting.Templates;
using LetterStudio.Drafting.Tests.Support;

namespace LetterStudio.Drafting.Tests.Models;

/// <summary>
/// The offline composer's known flaws, read from its letters: an endearment for a partner used on a mother, memories
/// dated like a form ("That was in spring 2021."), a condolence that does not know who died, and settings it ignored.
/// </summary>
public sealed class ComposerVoiceTests
{
    private static StyleProfile Profile(string[] words, Humour humour = Humour.Gentle, int warmth = 4, int formality = 3) =>
        StyleProfile.Create(1, new StyleProfileDraft("Warm.", formality, warmth, humour, SentenceLength.Medium, words, [], [],
            "Dear {name},", "Love,", "Ellie", LetterLook.Default), "test", DateTimeOffset.UtcNow);

    private static LetterPromptModel Model(string relationship, string occasion, StyleProfile profile, string called = "Sam", string brief = "A letter for the day.",
        IEnumerable<PromptAnecdote>? anecdotes = null, string? petName = null) =>
        new(TestModels.Catalog.Get(occasion), "Eleanor Whitfield", "Sam Ellis", called, relationship, petName, profile, [.. anecdotes ?? []], brief, null, []);

    private static IEnumerable<string> Letters(LetterPromptModel model) => Enumerable.Range(0, 6).Select(v => OfflineComposer.Compose(model, v).ToText());

    [TestCase("husband", true)]
    [TestCase("wife", true)]
    [TestCase("mother", false)]
    [TestCase("son", false)]
    [TestCase("friend", false)]
    [TestCase("old coach", false)]
    public void Darling_from_the_clients_favourite_words_is_said_only_to_a_partner(string relationship, bool said)
    {
        foreach (var occasion in new[] { "birthday", "just-because", "thank-you" })
        {
            var model = Model(relationship, occasion, Profile(["darling"]));
            foreach (var letter in Letters(model))
            {
                Assert.That(letter.Contains("darling", StringComparison.OrdinalIgnoreCase), Is.EqualTo(said), letter);
                Assert.That(StyleChecker.Check(letter, model, null).Findings.Where(f => f.Rule == StyleRules.Endearment), Is.Empty);
            }
        }
    }

    [Test]
    public void Chere_is_never_said_to_a_husband_nor_to_a_friend()
    {
        Assert.That(Letters(Model("husband", "anniversary", Profile(["chère"]))), Has.None.Contain("chère"));
        Assert.That(Letters(Model("best friend", "congratulations", Profile(["chère"]), brief: "Luc opened a bakery. Congratulate him.")), Has.None.Contain("chère"));
    }

    [Test]
    public void The_check_stops_darling_written_to_a_mother_unless_it_is_her_pet_name()
    {
        var model = Model("mother", "birthday", Profile([]), called: "Mum");
        const string text = "Dear Mum,\n\nHappy birthday, darling. I hope the day is kind to you and full of cake and the people you love.\n\nLove,\nEllie";

        Assert.That(StyleChecker.Check(text, model, null).Findings.Select(f => f.Rule), Has.Member(StyleRules.Endearment));
        Assert.That(StyleChecker.Check(text, model with { PetName = "darling" }, null).Findings.Select(f => f.Rule), Has.No.Member(StyleRules.Endearment));
        Assert.That(StyleChecker.Check(text, model with { Relationship = "wife" }, null).Findings.Select(f => f.Rule), Has.No.Member(StyleRules.Endearment));
    }

    [TestCase("the 1980s", "Back in the eighties", "back in the eighties", "the eighties")]
    [TestCase("1990s", "Back in the nineties", "back in the nineties", "the nineties")]
    [TestCase("the 2010s", "For years", "for years", "those years")]
    [TestCase("spring 2021", "In the spring of 2021", "in the spring of 2021", "the spring of 2021")]
    [TestCase("2 March 2009", "On the second of March 2009", "on the second of March 2009", "the second of March 2009")]
    [TestCase("16th October 1999", "On the sixteenth of October 1999", "on the sixteenth of October 1999", "the sixteenth of October 1999")]
    [TestCase("March 2009", "In March 2009", "in March 2009", "March 2009")]
    [TestCase("2012", "In 2012", "back in 2012", "2012")]
    [TestCase("Last Christmas", "Last Christmas", "last Christmas", "last Christmas")]
    public void A_memorys_time_is_said_as_a_person_says_it(string when, string lead, string tail, string noun)
    {
        Assert.That(TimePhrase.Of(when), Is.EqualTo(new TimePhrase(lead, tail, noun)));
    }

    [Test]
    public void Memories_carry_their_time_inside_the_telling_never_as_a_dated_afterthought()
    {
        PromptAnecdote[] memories =
        [
            new(1, "You and I got lost hiking Dog Mountain and found the best view of the Gorge by accident.", "spring 2021", ["adventure"], false, PickedByCustomer: true),
            new(2, "You drove through the night to be with me when Clara was born.", "2 March 2009", ["family"], false, PickedByCustomer: true),
            new(3, "You taught me to bake bread on Saturday mornings.", "the 1980s", ["baking"], false, PickedByCustomer: true),
        ];
        var letters = Letters(Model("mother", "birthday", Profile([]), called: "Mum", anecdotes: memories)).ToList();

        foreach (var letter in letters)
        {
            Assert.That(letter, Does.Not.Match(@"That was (in|on) ").And.Not.Match(@"Do you remember (the|\d)").And.Not.Contain("the 1980s").And.Not.Contain("2 March 2009"), letter);
            Assert.That(letter, Does.Contain("the spring of 2021").And.Contain("the second of March 2009").And.Contain("the eighties"), letter);
        }
        var tellings = letters.SelectMany(l => Regex.Matches(l, @"[^.]*spring of 2021[^.]*\.").Select(m => m.Value.Trim())).Distinct().ToList();
        Assert.That(tellings, Has.Count.GreaterThanOrEqualTo(2), "the time is woven in more than one way");
    }

    [TestCase("Maya's grandmother Rose died last week.", "Rose", "her")]
    [TestCase("Mr Patel's wife Anita died in March.", "Anita", "her")]
    [TestCase("His brother Sam passed away on Friday.", "Sam", "him")]
    [TestCase("Jo died after a long illness.", "Jo", "them")]
    public void The_person_a_condolence_is_about_is_read_from_the_brief(string brief, string name, string them)
    {
        Assert.That(Deceased.In(brief), Is.EqualTo(new Deceased(name, them, them == "him" ? "his" : them == "her" ? "her" : "their")));
    }

    [Test]
    public void A_condolence_calls_the_person_who_died_by_name_and_never_they()
    {
        PromptAnecdote[] memories = [new(1, "Margaret grew the best sweet peas on the allotment and gave them all away.", "the 1990s", ["allotment"], false, PickedByCustomer: true)];
        var model = Model("friend", "condolence", Profile([]), called: "Pat", brief: "Pat's mother Margaret died on Sunday.", anecdotes: memories);

        foreach (var letter in Letters(model))
        {
            Assert.That(Regex.Matches(letter, "Margaret").Count, Is.GreaterThanOrEqualTo(2), letter);
            Assert.That(letter, Does.Not.Match(@"\b(They made|their warmth|their laugh|miss them|knew them)").And.Not.Contain("your news"), letter);
            Assert.That(StyleChecker.Check(letter, model, null).Passed, Is.True, letter);
        }
    }

    [Test]
    public void Humour_and_warmth_follow_the_clients_settings()
    {
        string[] humourLines = ["candles", "slippers", "promissory note", "old-fashioned"];
        string[] warmthLines = ["I love you", "You are loved", "lucky to know you"];
        var none = Letters(Model("mother", "birthday", Profile([], Humour.None, warmth: 2), called: "Mum")).ToList();
        var playful = Letters(Model("mother", "birthday", Profile([], Humour.Playful, warmth: 5), called: "Mum")).ToList();

        Assert.That(none, Has.All.Matches<string>(l => !humourLines.Any(l.Contains) && !warmthLines.Any(l.Contains)));
        Assert.That(playful, Has.All.Matches<string>(l => humourLines.Any(l.Contains) && warmthLines.Any(l.Contains)));
    }

    [Test]
    public void The_clients_favourite_adverb_opens_one_of_their_sentences_but_not_in_grief()
    {
        Assert.That(Letters(Model("friend", "birthday", Profile(["honestly"]))), Has.All.Contain("Honestly, "));
        Assert.That(Letters(Model("friend", "condolence", Profile(["honestly"]), brief: "Pat's mother Margaret died on Sunday.")), Has.None.Contain("Honestly"));
    }
}
