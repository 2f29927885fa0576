using LetterStudio.Data.Seeding;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Occasions;
using LetterStudio.Domain.Styles;
using LetterStudio.Drafting.Checks;
using LetterStudio.Drafting.Templates;
using LetterStudio.Drafting.Models.Offline;
using LetterStudio.Drafting.Setup;
using LetterStudio.Drafting.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Drafting.Tests.Models;

public sealed class OfflineComposerTests
{
    private DraftingStudio studio = null!;

    [OneTimeSetUp]
    public async Task Start() => studio = await DraftingStudio.CreateAsync();

    [OneTimeTearDown]
    public async Task Stop() => await studio.DisposeAsync();

    private static IEnumerable<TestCaseData> EveryOccasionForEveryDemoProfile() =>
        from email in new[] { "eleanor@example.com", "daniel@example.com", "sophie@example.com" }
        from occasion in Occasion.Standard()
        select new TestCaseData(email, occasion.Key).SetArgDisplayNames(email.Split('@')[0], occasion.Key);

    [TestCaseSource(nameof(EveryOccasionForEveryDemoProfile))]
    public async Task The_offline_composer_writes_a_draft_that_passes_the_style_check(string customer, string occasion)
    {
        var anecdotes = await RecipientAnecdoteIdsAsync(customer);
        var orderId = await studio.PlaceAssignedAsync(customer, occasion, anecdotes);

        var result = await studio.DraftAsync(orderId, DraftingModelKind.Offline);

        Assert.That(result.Current.Checks.Findings, Is.Empty, result.Describe());
        Assert.That(result.ModelName, Is.EqualTo(OfflineComposer.ComposerName));
    }

    [Test]
    public async Task The_offline_composer_is_deterministic_and_its_variants_differ()
    {
        var orderId = await studio.PlaceAssignedAsync("eleanor@example.com", "anniversary", await RecipientAnecdoteIdsAsync("eleanor@example.com"));

        var first = await studio.DraftAsync(orderId, DraftingModelKind.Offline, candidates: 3);
        var again = await studio.DraftAsync(orderId, DraftingModelKind.Offline, candidates: 3);

        Assert.That(again.Revisions.Select(r => r.Text), Is.EqualTo(first.Revisions.Select(r => r.Text)));
        Assert.That(first.Revisions.Select(r => r.Text).Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public async Task A_composed_letter_uses_the_profile_frame_and_weaves_each_anecdote_with_its_time()
    {
        var orderId = await studio.PlaceAssignedAsync("eleanor@example.com", "anniversary", await RecipientAnecdoteIdsAsync("eleanor@example.com"));

        var result = await studio.DraftAsync(orderId, DraftingModelKind.Offline);
        var text = result.Current.Text;

        // The pet name "Jamie love" would read "My dearest Jamie love,": the greeting uses his name instead.
        Assert.That(text, Does.StartWith("My dearest Jamie,\n\n"));
        Assert.That(text, Does.EndWith("\n\nAll my love,\nEllie"));
        Assert.That(text, Does.Contain("the sixteenth of October 2004").And.Contain("2019").And.Not.Contain("That was"), "the date said as a person says it, inside the memory");
        Assert.That(text, Does.Contain("you lent me your umbrella and then walked me all the way home, getting soaked yourself"));
        var stored = (await studio.LetterAsync(orderId))!.Revisions.Single(r => r.Number == result.Current.Number);
        Assert.That(stored.Source, Is.EqualTo(RevisionSource.Composer));
        Assert.That(stored.ModelName, Is.EqualTo("offline-composer"));
    }

    private static IEnumerable<TestCaseData> EveryOccasionInTheExtremeVoices() =>
        from occasion in Occasion.Standard()
        from voice in new[] { (1, SentenceLength.Short), (5, SentenceLength.Long), (5, SentenceLength.Short), (1, SentenceLength.Long) }
        select new TestCaseData(occasion.Key, voice.Item1, voice.Item2).SetArgDisplayNames(occasion.Key, $"formality {voice.Item1}", voice.Item2.ToString());

    [TestCaseSource(nameof(EveryOccasionInTheExtremeVoices))]
    public async Task The_offline_composer_matches_even_the_most_casual_and_most_formal_voices(string occasion, int formality, SentenceLength length)
    {
        await using var renderer = new TemplateRenderer();
        var model = TestModels.Model(occasion, [TestModels.Anecdote(1, "We met in the rain outside the Roman Baths; he lent me his umbrella and walked me home.", "16 October 2004", pinned: true)],
            TestModels.Profile(formality, length));

        var text = OfflineComposer.Compose(model, 0).ToText();

        var report = StyleChecker.Check(text, model, (await renderer.RenderAsync(model)).Instructions);
        Assert.That(report.Findings, Is.Empty, text + "\n" + string.Join("\n", report.Findings) + "\n" + report.Measures);
    }

    private async Task<int[]> RecipientAnecdoteIdsAsync(string customer)
    {
        await using var db = studio.Open();
        var c = await db.Customers.Include(x => x.Recipients).SingleAsync(x => x.Email == customer);
        var recipient = c.Recipients.OrderBy(r => r.Id).First().Id;
        return await db.Anecdotes.Where(a => a.CustomerId == c.Id && a.RecipientId == recipient).Select(a => a.Id).ToArrayAsync();
    }
}
