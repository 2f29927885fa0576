using LetterStudio.Drafting.Anecdotes;
using LetterStudio.Drafting.Prompts;
using LetterStudio.Drafting.Setup;
using LetterStudio.Drafting.Templates;
using LetterStudio.Drafting.Tests.Support;
using Microsoft.Extensions.Options;

namespace LetterStudio.Drafting.Tests.Prompts;

public sealed class TokenBudgetTests
{
    private static readonly AnecdoteRanking NoRanking = new([]);
    private readonly TokenCounter tokens = new();
    private TemplateRenderer renderer = null!;

    [OneTimeSetUp]
    public void Start() => renderer = new TemplateRenderer();

    [OneTimeTearDown]
    public async Task Stop() => await renderer.DisposeAsync();

    private PromptBuilder Builder(int budget) => new(renderer, tokens, Options.Create(new DraftingOptions { PromptTokenBudget = budget }));

    private async Task<int> BaseTokensAsync() => (await Builder(1_000_000).BuildAsync(TestModels.Model(), NoRanking)).Tokens;

    private static string Story(string seed, int sentences) =>
        string.Join(" ", Enumerable.Range(1, sentences).Select(i => $"On day {i} of {seed} we walked to the harbour, bought chips and watched the boats come in."));

    [Test]
    public async Task A_prompt_within_the_budget_keeps_everything_and_counts_its_tokens()
    {
        var model = TestModels.Model(anecdotes: [TestModels.Anecdote(1, Story("spring", 3))]);

        var prompt = await Builder(100_000).BuildAsync(model, NoRanking);

        Assert.That(prompt.Omissions, Is.Empty);
        Assert.That(prompt.Model, Is.EqualTo(model));
        Assert.That(prompt.Tokens, Is.EqualTo(tokens.Count(prompt.Rendered.Instructions) + tokens.Count(prompt.Rendered.Data) + 150));
    }

    [Test]
    public async Task Over_the_budget_the_lowest_ranked_unpinned_anecdotes_go_first_and_are_reported()
    {
        var budget = await BaseTokensAsync() + 250;
        var model = TestModels.Model(anecdotes:
        [
            TestModels.Anecdote(1, Story("spring", 8), pinned: true),
            TestModels.Anecdote(2, Story("summer", 8)),
            TestModels.Anecdote(3, Story("autumn", 8)),
        ]);

        var prompt = await Builder(budget).BuildAsync(model, NoRanking);

        Assert.That(prompt.Model.Anecdotes.Select(a => a.Id), Is.EqualTo(new[] { 1 }));
        Assert.That(prompt.Omissions.Select(o => o.What), Is.EqualTo(new[] { "anecdote 3", "anecdote 2" }));
        Assert.That(prompt.Omissions, Has.All.Property(nameof(PromptOmission.Reason)).Contains($"over the prompt budget of {budget:N0} tokens"));
        Assert.That(prompt.Tokens, Is.LessThanOrEqualTo(budget));
    }

    [Test]
    public async Task Earlier_letters_go_before_any_anecdote()
    {
        var budget = await BaseTokensAsync() + 100;
        var model = TestModels.Model(anecdotes: [TestModels.Anecdote(1, Story("spring", 2))],
            past: [new PastLetter(11, "birthday", DateTimeOffset.UtcNow, Story("letters", 10)), new PastLetter(10, "birthday", DateTimeOffset.UtcNow.AddYears(-1), Story("old letters", 10))]);

        var prompt = await Builder(budget).BuildAsync(model, NoRanking);

        Assert.That(prompt.Model.Anecdotes, Has.Count.EqualTo(1));
        Assert.That(prompt.Model.PastLetters, Is.Empty);
        Assert.That(prompt.Omissions.Select(o => o.What), Is.EqualTo(new[] { "earlier letter of order 10", "earlier letter of order 11" }));
    }

    [Test]
    public async Task A_pinned_anecdote_of_20000_characters_is_shortened_to_fit_and_that_is_reported()
    {
        var budget = await BaseTokensAsync() + 600;
        var text = Story("a long summer", 400)[..20_000];
        var model = TestModels.Model(anecdotes: [TestModels.Anecdote(1, text, pinned: true)]);

        var prompt = await Builder(budget).BuildAsync(model, NoRanking);

        var kept = prompt.Model.Anecdotes.Single();
        Assert.That(kept.Shortened, Is.True);
        Assert.That(text, Does.StartWith(kept.Text.TrimEnd('…')));
        Assert.That(kept.Text.Length, Is.LessThan(5_000));
        Assert.That(prompt.Tokens, Is.LessThanOrEqualTo(budget));
        Assert.That(prompt.Omissions.Single().What, Is.EqualTo("part of anecdote 1"));
        Assert.That(prompt.Rendered.Data, Does.Contain("anecdote 1 (pinned by the writer, shortened)"));
    }

    [Test]
    public async Task A_budget_too_small_for_the_instructions_themselves_fails_with_the_setting_to_change()
    {
        var error = Assert.ThrowsAsync<DraftingFailedException>(() => Builder(500).BuildAsync(TestModels.Model(), NoRanking));

        Assert.That(error!.Message, Does.Contain("raise Drafting:PromptTokenBudget (now 500)"));
    }

    [TestCase("One. Two two. Three three three.", 14, "One. Two two.")]
    [TestCase("A sentence that runs on and on without stopping", 20, "A sentence that runs…")]
    [TestCase("A sentence that runs on and on without stopping", 18, "A sentence that…")]
    public void Shortening_cuts_at_a_sentence_or_else_a_word(string text, int length, string expected)
    {
        Assert.That(PromptBuilder.Shorten(text, length), Is.EqualTo(expected));
    }
}
