using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Voice;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Tests.Voice;

/// <summary>The writer records who is in a memory, how the client writes to this recipient, and corrects the voice the samples show, from the dossier.</summary>
public class DossierVoiceTests
{
    private StudioFactory factory = null!;
    private HttpClient wren = null!;
    private int orderId, customerId, anecdoteId;
    private string Url => $"/orders/{orderId}/dossier";

    // One studio for the fixture: one test edits the memory made here, the other the recipient's and the client's voice,
    // and neither reads what the other changes.
    [OneTimeSetUp]
    public async Task Start()
    {
        factory = new StudioFactory();
        wren = await SignIn.ClientForAsync(factory, SignIn.Writer);
        await factory.WithDbAsync(async db =>
        {
            var order = await db.Orders.Where(o => o.Status == OrderStatus.Drafting).SingleAsync();
            (orderId, customerId) = (order.Id, order.CustomerId);
            var a = new Anecdote(order.CustomerId, order.RecipientId, "Her late father Arthur taught us both to fish at the reservoir, and we kept the old rod.",
                null, "1999", ["family"], AnecdoteAuthor.Customer, "test", DateTimeOffset.UtcNow);
            db.Anecdotes.Add(a);
            db.VoiceSamples.Add(new VoiceSample(order.CustomerId, "to Priya", "Honestly, I reckon the colour was perfect. I'm hopeless at this, but I'd paint it again. My favourite room, honestly.", VoiceSampleSource.Pasted, false, "test", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            anecdoteId = a.Id;
        });
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test]
    public async Task Editing_a_memory_starts_from_what_its_words_suggest_and_saving_records_it()
    {
        var page = await Forms.GetAsync(wren, $"{Url}?edit={anecdoteId}");

        Assert.That(page.QuerySelector("#a-people")!.GetAttribute("value"), Is.EqualTo("Her late father (deceased)"));
        Assert.That(page.QuerySelectorAll("input[type=checkbox][name='Anecdote.Death']").Single().HasAttribute("checked"), Is.True);
        Assert.That(page.QuerySelector($"#anecdote-{anecdoteId} .facts")!.TextContent, Does.Contain("read from the words, not yet confirmed"));

        await Forms.SubmitAsync(wren, page, Url, "anecdote", new Dictionary<string, string> { ["Anecdote.People"] = "Arthur (deceased)", ["Anecdote.About"] = "fishing with Arthur" });

        await factory.WithDbAsync(async db =>
        {
            var a = await db.Anecdotes.SingleAsync(x => x.Id == anecdoteId);
            Assert.That(a.Sensitivity, Is.EqualTo(AnecdoteSensitivity.Death));
            Assert.That(a.People.Where(p => p.Role == PersonRole.Other), Is.EqualTo(new[] { new AnecdotePerson("Arthur", PersonRole.Other, true) }));
            Assert.That(a.People.Any(p => p.Role == PersonRole.Recipient), Is.True, "the memory is the recipient's, so the recipient was ticked");
            Assert.That(a.About, Is.EqualTo("fishing with Arthur"));
        });
    }

    [Test]
    public async Task The_writer_sets_how_the_client_writes_to_this_recipient_and_corrects_the_voice()
    {
        var page = await Forms.GetAsync(wren, Url);
        Assert.That(page.QuerySelector("#voice-h")!.ParentElement!.TextContent, Does.Contain("Contractions").And.Contain("British"));

        await Forms.SubmitAsync(wren, Url, "recipient-voice", new Dictionary<string, string>
        {
            ["RecipientVoice.Greeting"] = "P,", ["RecipientVoice.SignOff"] = "Always,", ["RecipientVoice.Closeness"] = "Intimate",
        });
        await Forms.SubmitAsync(wren, Url, "voice", new Dictionary<string, string>
        {
            ["Voice.Spelling"] = "American", ["Voice.Favourites"] = "honestly\nI reckon", ["Voice.Notes"] = "Never uses 'darling'.",
        });

        await factory.WithDbAsync(async db =>
        {
            var order = await db.Orders.SingleAsync(o => o.Id == orderId);
            var recipient = await db.Recipients.SingleAsync(r => r.Id == order.RecipientId);
            var voice = await db.ClientVoices.SingleAsync(v => v.CustomerId == customerId);
            Assert.That(recipient.Voice, Is.EqualTo(new RecipientVoice("P,", "Always,", null, null, Closeness.Intimate)));
            Assert.That((voice.Spelling, voice.FavouritesSet, voice.Notes, voice.EditedBy), Is.EqualTo(((Spelling?)Spelling.American, true, "Never uses 'darling'.", SignIn.Writer)));
            Assert.That(voice.Favourites, Is.EqualTo(new[] { "honestly", "I reckon" }));
        });
    }
}
