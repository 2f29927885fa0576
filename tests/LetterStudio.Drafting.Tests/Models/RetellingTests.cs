using LetterStudio.Drafting.Models.Offline;

namespace LetterStudio.Drafting.Tests.Models;

public sealed class RetellingTests
{
    [TestCase("He lent me his umbrella and got soaked himself.", "You lent me your umbrella and got soaked yourself.")]
    [TestCase("She stayed up all night helping me.", "You stayed up all night helping me.")]
    [TestCase("I told her the news and borrowed her car.", "I told you the news and borrowed your car.")]
    [TestCase("Priya and I got lost hiking.", "You and I got lost hiking.")]
    [TestCase("Coach Briggs drove me to every game.", "You drove me to every game.")]
    [TestCase("Mum's kitchen smelled of yeast; Mum was singing.", "Your kitchen smelled of yeast; you were singing.")]
    [TestCase("She is the one who has always been there.", "You are the one who has always been there.")]
    [TestCase("The shelter was full, so we slept in the hall.", "The shelter was full, so we slept in the hall.")]
    public void An_anecdote_about_the_recipient_is_retold_to_them(string text, string retold)
    {
        Assert.That(Retelling.ToSecondPerson(text, ["Priya", "Coach Briggs", "Mum"]), Is.EqualTo(retold));
    }
}
