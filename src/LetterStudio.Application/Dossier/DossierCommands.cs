using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Styles;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Dossier;

/// <summary>
/// The changes a writer makes from a client's dossier, each one checked against the order the writer is
/// working on (the anecdote must be this client's, the order the writer's) and saved in one transaction.
/// </summary>
public sealed class DossierCommands(LetterStudioDbContext db, TimeProvider time, LetterStudio.Domain.Common.Printability printability)
{
    public async Task<Anecdote> AddAnecdoteAsync(int orderId, Viewer writer, AnecdoteInput input, CancellationToken ct = default)
    {
        var order = await WorkableOrderAsync(orderId, writer, ct);
        await CheckRecipientAsync(order.CustomerId, input.RecipientId, ct);
        var anecdote = new Anecdote(order.CustomerId, input.RecipientId, input.Text, input.HappenedOn, input.HappenedWhen, input.TagList,
            AnecdoteAuthor.Writer, writer.UserName, time.GetUtcNow());
        await DescribeAsync(anecdote, input, ct);
        db.Anecdotes.Add(anecdote);
        await db.SaveChangesAsync(ct);
        return anecdote;
    }

    public async Task EditAnecdoteAsync(int orderId, Viewer writer, AnecdoteInput input, CancellationToken ct = default)
    {
        var order = await WorkableOrderAsync(orderId, writer, ct);
        var anecdote = await db.Anecdotes.SingleOrDefaultAsync(a => a.Id == input.Id && a.CustomerId == order.CustomerId, ct)
            ?? throw new NotFoundException("Anecdote", input.Id ?? 0);
        await CheckRecipientAsync(order.CustomerId, input.RecipientId, ct);
        // The form says which version it edited; if someone saved since, this save is refused.
        db.Entry(anecdote).Property(a => a.Version).OriginalValue = input.Version;
        anecdote.Edit(input.Text, input.HappenedOn, input.HappenedWhen, input.TagList, time.GetUtcNow());
        await DescribeAsync(anecdote, input, ct);
        await db.SaveOrConflictAsync("Anecdote", anecdote.Id, ct);
    }

    /// <summary>Records who is in the memory and how delicate it is, when the form carried that part.</summary>
    private async Task DescribeAsync(Anecdote anecdote, AnecdoteInput input, CancellationToken ct)
    {
        if (!input.SaysWhoOrWhat) return;
        var client = await db.Customers.Where(c => c.Id == anecdote.CustomerId).Select(c => c.Name).SingleAsync(ct);
        var recipient = input.RecipientId is { } rid ? await db.Recipients.Where(r => r.Id == rid).Select(r => r.Name).SingleOrDefaultAsync(ct) : null;
        anecdote.Describe(input.PeopleList(recipient ?? "the recipient", client), input.About, input.Sensitivity);
    }

    /// <summary>Chooses an anecdote for the order (pinned or not), or drops it (<paramref name="choose"/> false).</summary>
    public async Task SetChoiceAsync(int orderId, Viewer writer, int anecdoteId, bool choose, bool pinned, CancellationToken ct = default)
    {
        var order = await WorkableOrderAsync(orderId, writer, ct);
        if (!await db.Anecdotes.AnyAsync(a => a.Id == anecdoteId && a.CustomerId == order.CustomerId, ct))
            throw new NotFoundException("Anecdote", anecdoteId);
        if (choose) order.ChooseAnecdote(anecdoteId, pinned);
        else order.DropAnecdote(anecdoteId);
        await db.SaveOrConflictAsync("Order", orderId, ct);
    }

    /// <summary>Saves the profile as a new version, refusing if someone saved a version since <paramref name="baseVersion"/>.</summary>
    public async Task<StyleProfile> ReviseProfileAsync(int orderId, Viewer writer, int baseVersion, StyleProfileDraft draft, CancellationToken ct = default)
    {
        var order = await WorkableOrderAsync(orderId, writer, ct);
        return await ReviseCustomerProfileAsync(order.CustomerId, writer.UserName, baseVersion, draft, ct);
    }

    /// <summary>
    /// Saves a customer's profile as a new version on behalf of <paramref name="author"/> (a writer from the
    /// dossier, or the customer from the portal's questionnaire), refusing if a version was saved since
    /// <paramref name="baseVersion"/>. The caller has checked that the author may change this customer's profile.
    /// </summary>
    public async Task<StyleProfile> ReviseCustomerProfileAsync(int customerId, string author, int baseVersion, StyleProfileDraft draft, CancellationToken ct = default)
    {
        var latest = await db.StyleProfiles.Where(p => p.CustomerId == customerId).OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct);
        if ((latest?.Version ?? 0) != baseVersion)
            throw new ConcurrencyConflictException("Style profile", customerId,
                new InvalidOperationException($"version {latest?.Version} was saved after version {baseVersion} was opened"));
        var next = latest is null
            ? StyleProfile.Create(customerId, draft, author, time.GetUtcNow())
            : latest.Revise(draft, author, time.GetUtcNow());
        db.StyleProfiles.Add(next);
        await db.SaveOrConflictAsync("Style profile", customerId, ct);
        return next;
    }

    /// <summary>How the client greets, signs off to and signs for this order's recipient, as the writer learned it.</summary>
    public async Task SetRecipientVoiceAsync(int orderId, Viewer writer, Domain.Customers.RecipientVoice voice, CancellationToken ct = default)
    {
        var order = await WorkableOrderAsync(orderId, writer, ct);
        var recipient = await db.Recipients.SingleAsync(r => r.Id == order.RecipientId, ct);
        Customers.RecipientVoices.CheckPrintable(printability, voice.Checked());
        recipient.SetVoice(voice);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The writer's corrections to the voice the client's samples show.</summary>
    public async Task EditVoiceAsync(int orderId, Viewer writer, Domain.Voice.Spelling? spelling, IEnumerable<string>? favourites, string? notes, CancellationToken ct = default)
    {
        var order = await WorkableOrderAsync(orderId, writer, ct);
        await new Voice.VoiceSamples(db, time).EditAsync(order.CustomerId, spelling, favourites, notes, writer.UserName, ct);
    }

    private async Task<Domain.Orders.Order> WorkableOrderAsync(int orderId, Viewer writer, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.Anecdotes).SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null || !writer.CanView(order.AssignedWriter)) throw new NotFoundException("Order", orderId);
        if (!writer.CanWork(order.AssignedWriter))
            throw new DomainValidationException("AssignedWriter", $"claim {order.Reference} before changing its dossier.");
        return order;
    }

    private async Task CheckRecipientAsync(int customerId, int? recipientId, CancellationToken ct)
    {
        if (recipientId is { } id && !await db.Recipients.AnyAsync(r => r.Id == id && r.CustomerId == customerId, ct))
            throw new DomainValidationException("RecipientId", $"recipient {id} is not in this client's address book.");
    }
}
