using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Voice;

namespace LetterStudio.Domain.Tests.Voice;

public class VoiceAnalysisTests
{
    private const string British = "I realise the colour of the sea was wrong. My favourite neighbour organised the whole day. We travelled home through the grey rain.";
    private const string American = "I realize the color of the sea was wrong. My favorite neighbor organized the whole day. We traveled home through the gray rain.";

    [Test]
    public void British_and_american_spellings_are_told_apart()
    {
        var british = VoiceAnalysis.Analyse([British]);
        var american = VoiceAnalysis.Analyse([American]);

        Assert.Multiple(() =>
        {
            Assert.That((british.BritishSpellings, british.AmericanSpellings, british.Spelling), Is.EqualTo((7, 0, Spelling.British)));
            Assert.That((american.BritishSpellings, american.AmericanSpellings, american.Spelling), Is.EqualTo((0, 7, Spelling.American)));
        });
    }

    [Test]
    public void One_stray_spelling_decides_nothing()
    {
        Assert.That(VoiceAnalysis.Analyse(["The colour was fine and the day went well enough for all of us."]).Spelling, Is.EqualTo(Spelling.Unknown));
    }

    [Test]
    public void Contractions_sentence_length_and_punctuation_are_counted_per_words()
    {
        // 20 words, 4 sentences; 4 contractions (I'm, don't, it's, we'll); one dash, two exclamation runs, one ellipsis.
        var f = VoiceAnalysis.Analyse(["I'm tired. I don't mind – it's fine!! We'll see, I suppose… Honestly the whole long day went on and on!"]);

        Assert.Multiple(() =>
        {
            Assert.That(f.Words, Is.EqualTo(20));
            Assert.That(f.Sentences, Is.EqualTo(4));
            Assert.That(f.AverageSentenceWords, Is.EqualTo(5.0));
            Assert.That(f.ContractionsPer100Words, Is.EqualTo(20.0));
            Assert.That(f.DashesPer1000Words, Is.EqualTo(50.0));
            Assert.That(f.ExclamationsPer1000Words, Is.EqualTo(100.0));
            Assert.That(f.EllipsesPer1000Words, Is.EqualTo(50.0));
        });
    }

    [Test]
    public void Writing_without_contractions_is_described_as_such()
    {
        var f = VoiceAnalysis.Analyse(["I do not think that we shall go. It is too far and I am too old for it now, my dear, and you know it is so."]);

        Assert.That(f.ContractionsPer100Words, Is.EqualTo(0.0));
        Assert.That(VoiceAnalysis.Notes(f), Has.Some.Contains("rarely contract"));
    }

    [Test]
    public void Favourite_words_and_phrases_are_the_ones_they_come_back_to()
    {
        var f = VoiceAnalysis.Analyse([
            "Lots of love to you both. The garden was grand, truly grand.",
            "Honestly the cake was grand. Lots of love, as ever.",
        ]);

        Assert.Multiple(() =>
        {
            Assert.That(f.FavouriteWords, Does.Contain("grand"));
            Assert.That(f.FavouritePhrases, Does.Contain("lots of love"));
        });
    }

    [Test]
    public void The_best_excerpts_are_whole_passages_from_different_samples_first()
    {
        var a = string.Join(" ", Enumerable.Repeat("I walked down to the harbour and we watched the boats come in.", 6));
        var b = string.Join(" ", Enumerable.Repeat("We laughed until the tea went cold, and I think of it often.", 5));
        var a2 = string.Join(" ", Enumerable.Repeat("My mother sang in the kitchen while I did my homework badly.", 6));
        var excerpts = VoiceAnalysis.BestExcerpts([a + "\n\n" + a2, b, "Too short."]);

        Assert.That(excerpts, Has.Count.EqualTo(3));
        // One from each sample before a second from the first sample.
        Assert.That(excerpts.Take(2), Has.Some.StartsWith("We laughed"));
        Assert.That(excerpts.Take(2).Count(e => e.StartsWith("I walked") || e.StartsWith("My mother")), Is.EqualTo(1));
        Assert.That(excerpts.All(e => e.EndsWith('.')), Is.True, "whole sentences");
    }

    [Test]
    public void People_are_read_from_a_cell_with_the_deceased_marked()
    {
        var people = AnecdotePeople.Parse("Grandma Rose (deceased), Tom, late Uncle Bill");

        Assert.That(people.Select(p => $"{p.Name}:{p.Deceased}"), Is.EqualTo(new[] { "Grandma Rose:True", "Tom:False", "Uncle Bill:True" }));
        Assert.That(AnecdotePeople.ParseSensitivity("death, private"), Is.EqualTo(AnecdoteSensitivity.Death | AnecdoteSensitivity.Private));
        Assert.That(AnecdotePeople.ParseSensitivity("none"), Is.EqualTo(AnecdoteSensitivity.None));
        Assert.That(AnecdotePeople.ParseSensitivity(""), Is.Null);
    }
}
