using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Tests.Anecdotes;

public class AnecdoteTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static Anecdote Make(string text, DateOnly? on = null, string? when = null, string[]? tags = null) =>
        new(1, 2, text, on, when, tags, AnecdoteAuthor.Customer, "ann@example.com", Now);

    [Test]
    public void An_anecdote_of_twenty_thousand_characters_is_kept()
    {
        var anecdote = Make(new string('a', 20_000));

        Assert.That(anecdote.Text, Has.Length.EqualTo(20_000));
    }

    [Test]
    public void An_anecdote_over_twenty_thousand_characters_is_refused_naming_the_field()
    {
        var ex = Assert.Throws<DomainValidationException>(() => Make(new string('a', 20_001)));

        Assert.That(ex!.Field, Is.EqualTo("Text"));
        Assert.That(ex.Message, Does.Contain("20,000"));
    }

    [Test]
    public void Tags_are_trimmed_lower_cased_and_unique()
    {
        var anecdote = Make("We met in the rain.", tags: [" Rain ", "rain", "First-Meeting", ""]);

        Assert.That(anecdote.Tags, Is.EqualTo(new[] { "rain", "first-meeting" }));
    }

    [Test]
    public void When_prefers_the_customers_words_to_the_date()
    {
        Assert.That(Make("x", when: "summer 2019").When, Is.EqualTo("summer 2019"));
        Assert.That(Make("x", on: new DateOnly(2004, 10, 16)).When, Is.EqualTo("16 October 2004"));
        Assert.That(Make("x").When, Is.Null);
    }

    [Test]
    public void A_date_in_the_future_is_refused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => Make("x", on: new DateOnly(2030, 1, 1)));

        Assert.That(ex!.Field, Is.EqualTo("HappenedOn"));
    }

    [Test]
    public void Text_with_markup_is_kept_exactly_as_written()
    {
        const string text = "<script>alert('hi')</script> & \"quotes\" — and emoji 💌, עברית";

        Assert.That(Make(text).Text, Is.EqualTo(text));
    }
}
