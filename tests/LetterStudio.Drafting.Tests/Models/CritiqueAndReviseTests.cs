using LetterStudio.Application.Letters;
using LetterStudio.Drafting.Models;
using LetterStudio.Drafting.Templates;
using LetterStudio.Drafting.Tests.Evaluation;
using LetterStudio.Drafting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Drafting.Tests.Models;

/// <summary>
/// The critique-and-revise pass through the real OpenAI SDK on 127.0.0.1: the draft, the critique and the revision are
/// three requests of one conversation, the revision is what is stored, and its cost is said on the revision.
/// </summary>
public sealed class CritiqueAndReviseTests
{
    private const string Order = "a condolence to a partner whose grandmother died";

    private static readonly string[] Draft =
    [
        "I was so sorry to hear that your grandmother Rose died last week. She is in a better place now, and I keep thinking of how much Rose loved her garden parties.",
        "Grandma Rose taught you and me to play rummy in summer 2020 and cheated shamelessly, and we let her.",
    ];

    private static readonly string[] Revised =
    [
        "I was so sorry to hear that your grandmother Rose died last week, Maya. I keep thinking of her at her garden parties, loving every minute, with a plate for everyone who came through the gate.",
        "In the summer of 2020 Grandma Rose taught you and me to play rummy and cheated shamelessly, and we let her, because watching her win was the best part of the game.",
    ];

    private const string Critique = "1. \"in a better place\" is on the cliché list: cut it.\n2. The body is short of the target: say more about Rose.";

    private FakeOpenAIServer server = null!;
    private DraftingStudio studio = null!;

    [SetUp]
    public async Task Start() => server = await FakeOpenAIServer.StartAsync();

    [TearDown]
    public async Task Stop()
    {
        await studio.DisposeAsync();
        await server.DisposeAsync();
    }

    private async Task<int> PlaceAsync(bool? critique)
    {
        studio = await DraftingStudio.CreateAsync(DraftingStudio.OpenAISettings(server, critique: critique));
        await using var db = studio.Open();
        return await new EvaluationPlacer(db).PlaceAsync(EvaluationSet.Orders().Single(o => o.Name == Order));
    }

    [Test]
    public async Task By_default_the_model_drafts_then_critiques_its_draft_against_the_checks_then_revises_and_the_revision_is_stored()
    {
        var orderId = await PlaceAsync(critique: null);
        server.Then(
            FakeOpenAIServer.Completion(ModelAnswers.Json(Draft), 900, 200),
            FakeOpenAIServer.Completion(Critique, 1_150, 60),
            FakeOpenAIServer.Completion(ModelAnswers.Json(Revised), 1_230, 210));

        var result = await studio.DraftAsync(orderId);

        Assert.That(server.Received, Has.Count.EqualTo(3));
        var (draft, critique, revise) = (server.Received[0], server.Received[1], server.Received[2]);
        Assert.That(draft.Messages.Select(m => m.Role), Is.EqualTo(new[] { "system", "user" }));
        Assert.That(critique.Messages.Select(m => m.Role), Is.EqualTo(new[] { "system", "user", "assistant", "user" }), "the critique continues the draft's conversation");
        Assert.That(critique.System, Is.EqualTo(draft.System));
        Assert.That(critique.Messages[2].Content, Is.EqualTo(ModelAnswers.Json(Draft)), "the model reads its own draft back");
        var ask = critique.Messages[3].Content;
        Assert.That(ask, Does.Contain("critique the draft you just wrote").And.Contain("\"must say\" point")
            .And.Contain("is only the recipient addressed as \"you\"").And.Contain("list of clichés")
            .And.Contain("any joke or playfulness (this occasion takes none)").And.Contain("the target is about 150").And.Contain("answer exactly \"No problems.\""));
        Assert.That(ask, Does.Contain("warning (cliche): \"\\\"in a better place\\\" is a cliché"), "the studio's own findings are handed over, quoted");
        Assert.That(critique.Json["response_format"], Is.Null, "the critique is plain text");
        Assert.That(critique.Json["max_completion_tokens"]!.GetValue<int>(), Is.EqualTo(600));
        Assert.That(revise.Messages.Select(m => m.Role), Is.EqualTo(new[] { "system", "user", "assistant", "user", "assistant", "user" }));
        Assert.That(revise.Messages[4].Content, Is.EqualTo(Critique));
        Assert.That(revise.Messages[5].Content, Does.StartWith("Now write the letter again with every problem on your list fixed").And.Contain("Answer with JSON only"));
        Assert.That(revise.Json["response_format"]!["type"]!.GetValue<string>(), Is.EqualTo("json_schema"));

        var stored = (await studio.LetterAsync(orderId))!.Current!;
        Assert.That(stored.Text, Is.EqualTo(result.Current.Text).And.Contain(Revised[0]).And.Contain(Revised[1]).And.Not.Contain("better place"), "the revision is what is stored");
        Assert.That(result.Current.Checks.Findings.Select(f => f.Rule), Has.None.EqualTo("cliche"), "the checks run on the revised text");
        Assert.That((stored.InputTokens, stored.OutputTokens), Is.EqualTo(((int?)3_280, (int?)470)), "the whole exchange");
        Assert.That(stored.Note, Does.Contain("Tokens: 3,280 tokens in, 470 out, of which the critique and revision 2,380 tokens in, 270 out.")
            .And.Contain("Critique pass: critiqued and revised"));
        Assert.That(result.Usage, Is.EqualTo(new TokenUsage(3_280, 470)));
    }

    [Test]
    public async Task Turned_off_the_pass_sends_one_request_and_stores_the_draft()
    {
        var orderId = await PlaceAsync(critique: false);
        server.Then(FakeOpenAIServer.Completion(ModelAnswers.Json(Draft), 900, 200));

        var result = await studio.DraftAsync(orderId);

        Assert.That(server.Received, Has.Count.EqualTo(1));
        Assert.That(result.Current.Text, Does.Contain(Draft[0]));
        Assert.That(result.Current.Checks.Findings.Select(f => f.Rule), Has.Member("cliche"));
        var stored = (await studio.LetterAsync(orderId))!.Current!;
        Assert.That(stored.Note, Does.Not.Contain("critique").IgnoreCase);
    }

    [Test]
    public async Task Each_candidate_is_critiqued_and_revised_in_its_own_conversation_from_its_own_angle()
    {
        var orderId = await PlaceAsync(critique: true);
        server.Default = context =>
        {
            var last = server.Received[^1];
            var answer = last.Messages.Count == 2 ? ModelAnswers.Json(Draft) : last.Messages.Count == 4 ? Critique : ModelAnswers.Json(Revised);
            return FakeOpenAIServer.Completion(answer, 1_000, 100)(context);
        };

        var result = await studio.DraftAsync(orderId, candidates: 2);

        Assert.That(server.Received, Has.Count.EqualTo(6));
        Assert.That(server.Received.Where(r => r.Messages.Count == 2).Select(r => r.System).Distinct().Count(), Is.EqualTo(2), "two angles");
        Assert.That(result.Revisions.Select(r => r.Text), Has.All.Contain(Revised[0]));
        Assert.That(result.Usage, Is.EqualTo(new TokenUsage(6_000, 600)));
    }

    [Test]
    public async Task A_critique_that_finds_nothing_keeps_the_draft_without_asking_for_a_revision_unless_the_checks_found_something()
    {
        var orderId = await PlaceAsync(critique: true);
        server.Then(FakeOpenAIServer.Completion(ModelAnswers.Json(Draft)), FakeOpenAIServer.Completion("No problems."),
            FakeOpenAIServer.Completion(ModelAnswers.Json(Revised)));

        var result = await studio.DraftAsync(orderId);

        // The model saw no problem, but the studio's check found the cliché: the revision is still asked for.
        Assert.That(server.Received, Has.Count.EqualTo(3));
        Assert.That(result.Current.Text, Does.Contain(Revised[0]));
    }

    [Test]
    public async Task A_critique_that_fails_keeps_the_draft_already_written_and_says_so()
    {
        var orderId = await PlaceAsync(critique: true);
        server.Then(FakeOpenAIServer.Completion(ModelAnswers.Json(Draft), 900, 200), FakeOpenAIServer.Status(400));

        var result = await studio.DraftAsync(orderId);

        Assert.That(result.Current.Text, Does.Contain(Draft[0]));
        var stored = (await studio.LetterAsync(orderId))!.Current!;
        Assert.That(stored.Note, Does.Contain("Critique pass: failed (The model server").And.Contain("the draft is kept as written"));
        Assert.That((stored.InputTokens, stored.OutputTokens), Is.EqualTo(((int?)900, (int?)200)));
    }

    [Test]
    public async Task A_streamed_draft_is_replaced_by_its_revision_as_it_streams()
    {
        var orderId = await PlaceAsync(critique: null);
        server.Then(FakeOpenAIServer.Stream([Draft[0] + "\n\n", Draft[1]], 800, 180), FakeOpenAIServer.Completion(Critique, 1_000, 50),
            FakeOpenAIServer.Stream([Revised[0] + "\n\n", Revised[1]], 1_100, 190));

        var updates = new List<DraftUpdate>();
        await studio.InScopeAsync(async sp =>
        {
            await foreach (var update in sp.GetRequiredService<DraftLetter>().StreamAsync(new DraftRequest(orderId, Drafts.Writer))) updates.Add(update);
            return 0;
        });

        Assert.That(server.Received.Select(r => r.Json["stream"]?.GetValue<bool>() ?? false), Is.EqualTo(new[] { true, false, true }));
        var restart = updates.FindIndex(u => u.Replace);
        Assert.That(restart, Is.GreaterThan(0), "the draft streamed first, then the revision replaced it");
        Assert.That(updates[restart].Text, Is.EqualTo("Dear Maya,\n\n"));
        var shown = updates.Where(u => u.Text is not null).Aggregate("", (text, u) => u.Replace ? u.Text! : text + u.Text);
        var result = updates[^1].Result!;
        Assert.That(shown, Is.EqualTo(result.Current.Text).And.Contain(Revised[1]).And.Not.Contain("better place"), "what the writer sees is what is stored");
        Assert.That(result.Usage, Is.EqualTo(new TokenUsage(2_900, 420)));
        Assert.That((await studio.LetterAsync(orderId))!.Current!.Note, Does.Contain("of which the critique and revision 2,100 tokens in, 240 out"));
    }
}
