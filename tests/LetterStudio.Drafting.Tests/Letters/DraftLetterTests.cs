using LetterStudio.Application.Letters;
using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Orders;
using LetterStudio.Drafting.Checks;
using LetterStudio.Drafting.Models;
using LetterStudio.Drafting.Setup;
using LetterStudio.Drafting.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Drafting.Tests.Letters;

/// <summary>The drafting use cases on the seeded studio with no API key: the offline composer drafts.</summary>
public sealed class DraftLetterTests
{
    private DraftingStudio studio = null!;

    [SetUp]
    public async Task Start() => studio = await DraftingStudio.CreateAsync();

    [TearDown]
    public async Task Stop() => await studio.DisposeAsync();

    [Test]
    public async Task Drafting_an_assigned_order_stores_a_revision_and_moves_the_order_to_drafting()
    {
        var order = await studio.OrderForAsync("birthday");

        var result = await studio.DraftAsync(order.Id);

        var after = await studio.OrderAsync(q => q.Where(o => o.Id == order.Id));
        Assert.That(after.Status, Is.EqualTo(OrderStatus.Drafting));
        Assert.That(after.History[^1], Has.Property(nameof(OrderStatusChange.From)).EqualTo(OrderStatus.Assigned)
            .And.Property(nameof(OrderStatusChange.Actor)).EqualTo(Drafts.Writer)
            .And.Property(nameof(OrderStatusChange.Reason)).EqualTo("First draft by offline-composer"));
        var revision = (await studio.LetterAsync(order.Id))!.Revisions.Single();
        Assert.That(revision.Number, Is.EqualTo(result.Current.Number));
        Assert.That(revision.StyleProfileId, Is.Not.Null);
        Assert.That(StyleReport.FromJson(revision.ChecksJson!).Passed, Is.True);
    }

    [Test]
    public async Task Drafting_an_order_already_in_drafting_adds_a_revision_and_leaves_the_status_alone()
    {
        var order = await studio.OrderForAsync("love-letter");

        var result = await studio.DraftAsync(order.Id);

        var after = await studio.OrderAsync(q => q.Where(o => o.Id == order.Id));
        Assert.That(after.Status, Is.EqualTo(OrderStatus.Drafting));
        Assert.That(after.History, Has.Count.EqualTo(order.History.Count));
        Assert.That(result.Current.Number, Is.EqualTo(2), "the seeded first pass stays revision 1");
    }

    [Test]
    public async Task Drafting_a_received_order_is_refused_with_the_moves_it_can_make()
    {
        var order = await studio.OrderForAsync("anniversary");

        var error = Assert.ThrowsAsync<IllegalTransitionException>(() => studio.DraftAsync(order.Id));

        Assert.That(error!.Message, Is.EqualTo($"Order {order.Id} is received (Received) and cannot move to Drafting: it can move to Assigned or Cancelled."));
        Assert.That(await studio.LetterAsync(order.Id), Is.Null);
    }

    [Test]
    public async Task Drafting_an_order_in_review_asks_for_changes_to_be_requested_first()
    {
        var order = await studio.OrderForAsync("thank-you");

        var error = Assert.ThrowsAsync<DomainValidationException>(() => studio.DraftAsync(order.Id));

        Assert.That(error!.Message, Does.Contain("is InReview; ask for changes"));
    }

    [Test]
    public async Task Drafting_an_unknown_order_says_it_was_not_found()
    {
        var error = Assert.ThrowsAsync<NotFoundException>(() => studio.DraftAsync(999_999));

        Assert.That(error!.Message, Is.EqualTo("Order 999999 was not found."));
    }

    [TestCase(0)]
    [TestCase(6)]
    public async Task A_number_of_candidates_outside_one_to_five_is_refused(int candidates)
    {
        var order = await studio.OrderForAsync("birthday");

        var error = Assert.ThrowsAsync<DomainValidationException>(() => studio.DraftAsync(order.Id, candidates: candidates));

        Assert.That(error!.Field, Is.EqualTo("Candidates"));
    }

    [Test]
    public async Task Without_an_api_key_the_offline_composer_drafts_and_says_so()
    {
        var order = await studio.OrderForAsync("birthday");

        var result = await studio.DraftAsync(order.Id, DraftingModelKind.OpenAI);

        Assert.That(result.ModelName, Is.EqualTo("offline-composer"));
        Assert.That(result.ModelNotice, Is.EqualTo(DraftingModels.NoKeyNotice));
        var revision = (await studio.LetterAsync(order.Id))!.Revisions.Single();
        Assert.That(revision.Source, Is.EqualTo(RevisionSource.Composer));
        Assert.That(revision.Note, Does.Contain("No OpenAI API key is set"));
    }

    [Test]
    public async Task An_order_with_no_usable_anecdotes_still_gets_a_letter_that_passes_the_check()
    {
        var orderId = await studio.PlaceAssignedAsync("sophie@example.com", "just-because");

        var result = await studio.DraftAsync(orderId);

        Assert.That(result.Prompt.AnecdoteIds, Is.Empty, "Sophie's one memory of Lucas is already in his congratulations letter");
        Assert.That(result.Prompt.Rendered.Data, Does.Contain("anecdotes: none"));
        Assert.That(result.Prompt.Omissions.Single().Reason, Does.Contain("already used in the letter of order"));
        Assert.That(result.Current.Checks.Findings, Is.Empty, result.Describe());
    }

    [Test]
    public async Task A_pinned_anecdote_of_20000_characters_is_drafted_into_a_letter_of_the_right_length()
    {
        var sentence = "That summer we repainted the whole boat by hand, one plank at a time, arguing cheerfully about the colour. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 200))[..Limits.AnecdoteText];
        var anecdote = await studio.AddAnecdoteAsync("eleanor@example.com", text, "summer 2011", ["boat"]);
        var orderId = await studio.PlaceAssignedAsync("eleanor@example.com", "just-because", pinned: [anecdote.Id]);

        var result = await studio.DraftAsync(orderId);

        Assert.That(result.Current.Checks.Findings, Is.Empty, result.Describe());
        Assert.That(result.Current.Text, Does.Contain("we repainted the whole boat by hand"));
        Assert.That(result.Prompt.Tokens, Is.LessThanOrEqualTo(6_000));
    }

    [Test]
    public async Task Right_to_left_text_in_an_anecdote_comes_through_the_draft_intact_and_emoji_no_hand_can_draw_stay_out()
    {
        const string text = "We danced at the market in Jaffa under a sign that read שוק הפשפשים 🎶 and laughed until midnight 😂.";
        var anecdote = await studio.AddAnecdoteAsync("daniel@example.com", text, "spring 2019", ["adventure"]);
        var orderId = await studio.PlaceAssignedAsync("daniel@example.com", "love-letter", [anecdote.Id]);

        var result = await studio.DraftAsync(orderId);

        Assert.That(result.Current.Text, Does.Contain("under a sign that read שוק הפשפשים and laughed until midnight."));
        Assert.That(result.Current.Text, Does.Not.Contain("🎶").And.Not.Contain("😂"));
        Assert.That(result.Current.Checks.Findings, Is.Empty, result.Describe());
        Assert.That((await studio.LetterAsync(orderId))!.Current!.Text, Is.EqualTo(result.Current.Text));
    }

    [Test]
    public async Task Redrafting_a_paragraph_offline_rewrites_only_that_paragraph()
    {
        var order = await studio.OrderForAsync("birthday");
        var first = await studio.DraftAsync(order.Id);

        var second = await studio.InScopeAsync(sp => sp.GetRequiredService<RedraftParagraph>().HandleAsync(order.Id, 0, Drafts.Writer));

        var before = first.Current.Text.Split("\n\n");
        var after = second.Text.Split("\n\n");
        Assert.That(after[1], Is.Not.EqualTo(before[1]));
        Assert.That(after.Where((_, i) => i != 1), Is.EqualTo(before.Where((_, i) => i != 1)));
        Assert.That(second.Number, Is.EqualTo(first.Current.Number + 1));
    }

    [Test]
    public async Task A_writers_edit_is_checked_and_stored_with_its_findings()
    {
        var order = await studio.OrderForAsync("birthday");
        var draft = await studio.DraftAsync(order.Id);
        var edited = draft.Current.Text.Replace("All my love,", "lol, love you,");

        var preview = await studio.InScopeAsync(sp => sp.GetRequiredService<CheckLetter>().CheckAsync(order.Id, edited));
        var saved = await studio.InScopeAsync(sp => sp.GetRequiredService<CheckLetter>().SaveEditAsync(order.Id, edited, Drafts.Writer, "Made it chattier"));

        Assert.That(preview.Findings.Select(f => f.Rule), Is.EquivalentTo(new[] { StyleRules.AvoidedPhrase, StyleRules.SignOff }));
        var revision = (await studio.LetterAsync(order.Id))!.Revisions.Single(r => r.Number == saved.Number);
        Assert.That(revision.Source, Is.EqualTo(RevisionSource.Writer));
        Assert.That(revision.AnecdoteIds, Is.EqualTo(draft.Prompt.AnecdoteIds));
        Assert.That(StyleReport.FromJson(revision.ChecksJson!).Findings, Is.EqualTo(saved.Checks.Findings));
    }

    [Test]
    public async Task An_edit_made_on_a_letter_that_has_moved_on_is_refused_as_a_conflict_and_nothing_is_stored()
    {
        var order = await studio.OrderForAsync("birthday");
        await studio.DraftAsync(order.Id);
        var opened = (await studio.LetterAsync(order.Id))!;
        await studio.DraftAsync(order.Id);

        Assert.ThrowsAsync<ConcurrencyConflictException>(() => studio.InScopeAsync(sp =>
            sp.GetRequiredService<CheckLetter>().SaveEditAsync(order.Id, opened.Current!.Text, Drafts.Writer, null, opened.Version)));

        Assert.That((await studio.LetterAsync(order.Id))!.Revisions, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Redrafting_a_paragraph_that_is_not_there_is_refused_naming_the_range()
    {
        var order = await studio.OrderForAsync("birthday");
        var draft = await studio.DraftAsync(order.Id);
        var paragraphs = draft.Current.Text.Split("\n\n").Length - 2;

        var error = Assert.ThrowsAsync<DomainValidationException>(() =>
            studio.InScopeAsync(sp => sp.GetRequiredService<RedraftParagraph>().HandleAsync(order.Id, paragraphs, Drafts.Writer)));

        Assert.That(error!.Message, Does.Contain($"must be between 0 and {paragraphs - 1}, counted from 0"));
    }

    [Test]
    public async Task A_customer_without_a_style_profile_cannot_be_drafted_for_and_is_told_why()
    {
        await using (var db = studio.Open())
        {
            var sophie = await db.Customers.SingleAsync(c => c.Email == "sophie@example.com");
            await db.LetterRevisions.Where(r => r.StyleProfileId != null && db.StyleProfiles.Any(p => p.Id == r.StyleProfileId && p.CustomerId == sophie.Id)).ExecuteDeleteAsync();
            await db.StyleProfiles.Where(p => p.CustomerId == sophie.Id).ExecuteDeleteAsync();
        }
        var orderId = await studio.PlaceAssignedAsync("sophie@example.com", "apology");

        var error = Assert.ThrowsAsync<DomainValidationException>(() => studio.DraftAsync(orderId));

        Assert.That(error!.Message, Is.EqualTo("StyleProfile: Sophie Laurent has no style profile yet; drafting needs one."));
    }
}
