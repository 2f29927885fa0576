using System.Text.RegularExpressions;
using LetterStudio.Application.Letters;
using LetterStudio.Data.Seeding;
using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using LetterStudio.Drafting.Checks;
using LetterStudio.Drafting.Setup;
using LetterStudio.Drafting.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Drafting.Tests.Evaluation;

/// <summary>
/// The evaluation set drafted by the offline composer on a real SQLite studio: each letter passes every check, says the
/// brief's points, keeps the people of its anecdotes in their own person, and never says what would embarrass the
/// studio. Every letter is also written to evaluation-letters.txt beside the test binaries, to be read as its recipient would.
/// </summary>
public sealed partial class EvaluationTests
{
    private static readonly string LettersFile = Path.Combine(AppContext.BaseDirectory, "evaluation-letters.txt");
    private DraftingStudio studio = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        studio = await DraftingStudio.CreateAsync();
        File.WriteAllText(LettersFile, "");
    }

    [OneTimeTearDown]
    public async Task Stop() => await studio.DisposeAsync();

    [TestCaseSource(typeof(EvaluationSet), nameof(EvaluationSet.Orders))]
    public async Task Each_order_of_the_evaluation_set_drafts_a_letter_its_recipient_could_receive(EvaluationOrder order)
    {
        var orderId = await PlaceAsync(order);

        var result = await studio.DraftAsync(orderId, DraftingModelKind.Offline, candidates: 3);
        File.AppendAllText(LettersFile, $"=== {order.Name} ===\n{result.Current.Text}\n\n"
            + string.Concat(result.Revisions.Where(r => r.Number != result.Current.Number).Select(r => $"--- candidate {r.Candidate} ---\n{r.Text}\n\n")));

        foreach (var candidate in result.Revisions)
        {
            var text = candidate.Text;
            Assert.That(candidate.Checks.Findings.Where(f => f.Severity == FindingSeverity.Error), Is.Empty, result.Describe());
            Assert.That(text, Does.StartWith(order.Salutation + "\n\n"), text);
            Assert.That(text, Does.Contain("\n\n" + order.SignOff + "\n"), text);
            foreach (var must in order.Must) Assert.That(text, Does.Contain(must).IgnoreCase, $"must say \"{must}\":\n{text}");
            foreach (var mustNot in order.MustNot) Assert.That(text, Does.Not.Contain(mustNot), $"must not say \"{mustNot}\":\n{text}");
        }
        Assert.That(result.Current.Checks.Findings, Is.Empty, result.Describe());
        Assert.That(result.Revisions.Select(r => FirstSentence(r.Text)).Distinct().Count(), Is.EqualTo(3), "the candidates open differently");
        Assert.That(result.Revisions.Select(r => LastSentence(r.Text)).Distinct().Count(), Is.GreaterThanOrEqualTo(2), "the candidates close differently");
        foreach (var candidate in result.Revisions)
        {
            var text = candidate.Text;
            Assert.That(candidate.Checks.Findings.Select(f => f.Rule), Has.None.EqualTo(StyleRules.RepeatedOpening),
                text + "\n" + string.Join("\n", candidate.Checks.Findings.Select(f => f.Message)));
            Assert.That(text, Does.Not.Match(@"That was (in|on) |Do you remember (the )?\d"), "a memory's time is woven in, not stamped after it");
            var body = string.Join("\n\n", text.Split("\n\n")[1..^1]);
            if (!PartnerWords().IsMatch(order.Recipient.Relationship))
                Assert.That(body, Does.Not.Match(@"(?i)\b(darling|sweetheart|my love|chère|chérie)\b"), $"no endearment on a {order.Recipient.Relationship}");
        }
        var told = order.Memories.Where(m => m.Picked).Select(m => m.Text[..24]).ToList();
        if (told.Count >= 2)
            Assert.That(result.Revisions.Select(r => string.Join("|", told.OrderBy(t => Position(r.Text, t)))).Distinct().Count(), Is.GreaterThanOrEqualTo(2),
                "the candidates tell the memories in another order");
    }

    /// <summary>Where the letter tells the memory that opens with <paramref name="start"/>, retold in the second person or not.</summary>
    private static int Position(string letter, string start)
    {
        var key = start.Split(' ').Skip(1).Take(3);
        var at = letter.IndexOf(string.Join(' ', key), StringComparison.OrdinalIgnoreCase);
        return at < 0 ? int.MaxValue : at;
    }

    private static string LastSentence(string letter)
    {
        var parts = letter.Split("\n\n");
        return Sentences(parts[^2]).Last();
    }

    [GeneratedRegex(@"\b(husband|wife|partner|girlfriend|boyfriend|fianc)")]
    private static partial Regex PartnerWords();

    [Test]
    public async Task Two_birthday_letters_a_year_apart_to_the_same_mother_share_no_sentence()
    {
        var order = EvaluationSet.Orders().First();
        var lastYear = await PlaceAsync(order with { Recipient = ("Edith Rowe", "Mum", "mother") });
        var first = await studio.DraftAsync(lastYear, DraftingModelKind.Offline);
        await studio.ApproveAsync(lastYear);
        // This year the customer picks a new memory; last year's are on file, but already told.
        var thisYear = await PlaceAsync(order with
        {
            Recipient = ("Edith Rowe", "Mum", "mother"), Brief = "Mum turns 81. Thank her for the Easter walks.",
            Memories = [new("Mum and I walked the coast path from Robin Hood's Bay every Easter, whatever the weather.", "the 1990s", ["family", "walks"])],
        }, reuseRecipient: true);

        var second = await studio.DraftAsync(thisYear, DraftingModelKind.Offline);
        File.AppendAllText(LettersFile, $"=== a year later, to the same mother ===\n{second.Current.Text}\n\n");

        var earlier = Sentences(first.Current.Text).Where(s => s.Split(' ').Length >= 6).ToHashSet();
        var copied = Sentences(second.Current.Text).Where(earlier.Contains).ToList();
        Assert.That(copied, Is.Empty, second.Current.Text);
        Assert.That(second.Current.Checks.Findings.Where(f => f.Severity == FindingSeverity.Error), Is.Empty, second.Describe());
        Assert.That(second.Current.Text, Does.Contain("81").Or.Contain("eighty-first").IgnoreCase.Or.Contain("eighty-one").IgnoreCase);
    }

    [Test]
    public async Task A_draft_still_being_written_or_a_cancelled_one_is_not_an_earlier_letter()
    {
        var order = EvaluationSet.Orders().First();
        var unsent = await PlaceAsync(order with { Recipient = ("Vera Lane", "Mum", "mother") });
        await studio.DraftAsync(unsent, DraftingModelKind.Offline);
        var next = await PlaceAsync(order with { Recipient = ("Vera Lane", "Mum", "mother") }, reuseRecipient: true);

        var result = await studio.DraftAsync(next, DraftingModelKind.Offline);

        Assert.That(result.Prompt.Model.PastLetters, Is.Empty);
        Assert.That(result.Prompt.Omissions.Select(o => o.Reason), Has.None.Contain("already used"));
        Assert.That(result.Current.Text, Does.Contain("Saturday mornings"), "the customer's pick is kept");
    }

    private async Task<int> PlaceAsync(EvaluationOrder order, bool reuseRecipient = false)
    {
        await using var db = studio.Open();
        return await new EvaluationPlacer(db).PlaceAsync(order, reuseRecipient);
    }

    private static string FirstSentence(string letter) => Sentences(letter.Split("\n\n")[1]).First();

    private static IEnumerable<string> Sentences(string text) =>
        SentenceSplit().Split(text.Replace("\n", " ")).Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.!?;])\s+|,\s+and\s+")]
    private static partial Regex SentenceSplit();
}
