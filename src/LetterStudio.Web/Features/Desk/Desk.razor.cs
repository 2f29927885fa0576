using LetterStudio.Data;
using LetterStudio.Data.Dossier;
using LetterStudio.Data.Orders;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Drafting;
using LetterStudio.Drafting.Checks;
using LetterStudio.Drafting.Letters;
using LetterStudio.Drafting.Models;
using LetterStudio.Drafting.Setup;
using LetterStudio.Drafting.Templates;
using LetterStudio.Web.Features.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Features.Desk;

/// <summary>
/// The drafting desk: one interactive page where a writer drafts (the model's text streams into the editor),
/// edits with a live handwriting preview and style check that follow the text when the writer pauses, saves
/// revisions (a stale save is a conflict that keeps both texts), redrafts a paragraph, and approves.
/// Every action opens a DI scope of its own, as a request would, because the circuit lives for hours.
/// </summary>
public sealed partial class Desk : IDisposable
{
    /// <summary>How long the writer must pause before the preview and the checks follow the text.</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(600);
    private const float PreviewDpi = 80;

    [Parameter] public int OrderId { get; set; }
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = null!;
    [Inject] private IServiceScopeFactory Scopes { get; set; } = null!;
    [Inject] private LetterRendering Rendering { get; set; } = null!;
    [Inject] private LetterTells Tells { get; set; } = null!;

    private Viewer viewer = null!;
    private DeskHeader? header;
    private bool canWork;
    /// <summary>The text may change only while the letter is being drafted; in review it is frozen.</summary>
    private bool canEdit;
    private string? changesReason;
    private List<(string Key, string Name, int MinWords, int MaxWords)> templates = [];
    /// <summary>The template the writer drafts and checks against; the order's occasion unless they pick another.</summary>
    private string? templateKey;
    private string? templateMoves;
    private string? loadError;
    private List<DeskAnecdote> anecdotes = [];
    private List<(string Id, string Name)> fonts = [];
    private DeskLookInput look = new();
    private string text = "";
    private string? note;
    private int? currentRevision;
    private int baseVersion;
    /// <summary>The order's version the desk's look was read at; a look saved against an older one is a conflict.</summary>
    private int orderVersion;
    private bool dirty;
    private List<DeskRevision> revisions = [];
    private DeskRevision? compareWith;
    private StyleReport? checks;

    /// <summary>The writer's reason for sending or approving despite check errors; the history keeps it.</summary>
    private string? checksOverride;
    private List<string> previews = [];
    /// <summary>The robot tells of the letter as the customer will get it: the PDF approval would store, inspected.</summary>
    private LetterStudio.Inspection.InspectionReport? tells;
    private string? tellsReason;
    private string? previewError;
    private List<DraftedRevision> draftCandidates = [];
    private DraftingModelKind modelKind = DraftingModelKind.Offline;
    private int candidates = 1;
    private string? redraftNote;
    private int paragraphCount;
    private int? documentPages;
    private string? busy, message, error, modelNotice;
    private string? conflictText, conflictWho;
    private int conflictRevision;
    private CancellationTokenSource? pause;

    private bool Ready => RendererInfo.IsInteractive;
    private readonly CancellationTokenSource closing = new();

    protected override async Task OnInitializedAsync()
    {
        viewer = (await Auth).User.ToViewer();
        fonts = [.. Rendering.Fonts.Select(f => (f.Id, f.DisplayName))];
        await LoadAsync(resetText: true);
        // The prerendered pass only lays out the page; the preview and checks come once the circuit is live.
        if (header is not null && Ready) await RefreshPreviewAndChecksAsync(closing.Token);
    }

    private async Task LoadAsync(bool resetText)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == OrderId, closing.Token);
        if (order is null || !viewer.CanView(order.AssignedWriter))
        {
            loadError = $"There is no order {OrderId} on your desk.";
            header = null;
            return;
        }
        canWork = viewer.CanWork(order.AssignedWriter) && order.Status is OrderStatus.Assigned or OrderStatus.Drafting or OrderStatus.InReview;
        canEdit = canWork && order.Status is OrderStatus.Assigned or OrderStatus.Drafting;
        var recipient = await db.Recipients.AsNoTracking().Where(r => r.Id == order.RecipientId).Select(r => r.Name).SingleAsync(closing.Token);
        var occasion = await db.Occasions.AsNoTracking().Where(o => o.Key == order.OccasionKey).Select(o => o.Name).SingleAsync(closing.Token);
        var catalog = scope.ServiceProvider.GetRequiredService<TemplateCatalog>();
        var occasionNames = await db.Occasions.AsNoTracking().ToDictionaryAsync(o => o.Key, o => o.Name, closing.Token);
        templates = [.. catalog.All.Select(t => (t.Key, occasionNames.GetValueOrDefault(t.Key, t.Key), t.MinWords, t.MaxWords))];
        templateKey ??= order.OccasionKey;
        templateMoves = catalog.Find(templateKey) is { } picked ? MoveWords.Sentence(picked.Moves) : null;
        var template = catalog.Find(order.OccasionKey);
        // Shown while the letter is back in drafting, so the writer works from what was asked.
        var changes = order.Status == OrderStatus.Drafting
            ? await db.OrderHistory.AsNoTracking().Where(h => h.OrderId == OrderId && h.From == OrderStatus.InReview && h.To == OrderStatus.Drafting)
                .OrderByDescending(h => h.Id).Select(h => new DeskChangeRequest(h.Actor, h.At, h.Reason ?? "")).FirstOrDefaultAsync(closing.Token)
            : null;
        header = new DeskHeader(order.Reference, occasion, recipient, order.Status, order.RequestedDeliveryDate, order.WantsProof, order.AssignedWriter,
            template?.FileName ?? "(no template)", template?.MinWords ?? 0, template?.MaxWords ?? 0, changes, order.IsTest);

        var letter = await db.Letters.AsNoTracking().Include(l => l.Revisions).SingleOrDefaultAsync(l => l.OrderId == OrderId, closing.Token);
        baseVersion = letter?.Version ?? 0;
        currentRevision = letter?.Current?.Number;
        revisions = [.. (letter?.Revisions ?? []).OrderByDescending(r => r.Number)
            .Select(r => new DeskRevision(r.Number, r.Source.ToString(), r.ModelName, r.Author, r.CreatedAt, r.Note, r.Text))];
        if (resetText)
        {
            text = letter?.Current?.Text ?? "";
            dirty = false;
        }
        if (letter?.LastDraftError is { } draftError) error = draftError;
        documentPages = letter is null ? null : await db.LetterDocuments.AsNoTracking().Where(d => d.LetterId == letter.Id)
            .OrderByDescending(d => d.Id).Select(d => (int?)d.PageCount).FirstOrDefaultAsync(closing.Token);

        // The order's own look: another order of the same customer never changes it.
        orderVersion = order.Version;
        if (resetText) look = DeskLookInput.From(DeskLook.From(order.Look) with { Realism = look.Realism });

        try
        {
            var ranking = (await scope.ServiceProvider.GetRequiredService<DraftingContextLoader>().LoadAsync(OrderId, closing.Token, templateKey)).Ranking;
            anecdotes = [.. ranking.All.Select(r => new DeskAnecdote(r.Anecdote.Id, r.Anecdote.When, r.Anecdote.Text, r.Pinned, r.ChosenForOrder, r.Included, r.LeftOutReason))];
        }
        catch (DomainValidationException ex)
        {
            error = ErrorWords.Of(ex);
        }
    }

    private async Task TextChangedAsync()
    {
        dirty = true;
        pause?.Cancel();
        pause = CancellationTokenSource.CreateLinkedTokenSource(closing.Token);
        var token = pause.Token;
        try
        {
            await Task.Delay(Pause, token);
            await RefreshPreviewAndChecksAsync(token);
        }
        catch (OperationCanceledException)
        {
            // The writer typed again; the next pause refreshes.
        }
    }

    /// <summary>Another template re-ranks the anecdotes (its keywords) and changes the length the check expects.</summary>
    private async Task TemplateChangedAsync()
    {
        await LoadAsync(resetText: false);
        await RefreshPreviewAndChecksAsync(closing.Token);
    }

    /// <summary>The look is the order's: a change is saved to the order (with a history line), then the preview follows.</summary>
    private async Task LookChangedAsync()
    {
        if (canEdit || canWork)
        {
            try
            {
                await using var scope = Scopes.CreateAsyncScope();
                var saved = await scope.ServiceProvider.GetRequiredService<ChangeOrderLook>()
                    .HandleAsync(OrderId, orderVersion, look.ToLook().ToLetterLook(), viewer, closing.Token);
                // Only a real change is news (the hand's realism is the desk's own and saves nothing).
                if (saved != orderVersion) message = "The look is saved with this order.";
                orderVersion = saved;
            }
            catch (Exception ex) when (ex is DomainValidationException or ConcurrencyConflictException or NotFoundException)
            {
                error = ex.Message;
                // Show the look the order really has now, not the one that was refused.
                await LoadAsync(resetText: false);
                await ReloadLookAsync();
            }
        }
        await RefreshPreviewAndChecksAsync(closing.Token);
    }

    private async Task ReloadLookAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();
        var current = await db.Orders.AsNoTracking().Where(o => o.Id == OrderId).Select(o => new { o.Look, o.Version }).SingleAsync(closing.Token);
        look = DeskLookInput.From(DeskLook.From(current.Look) with { Realism = look.Realism });
        orderVersion = current.Version;
    }

    private async Task SignatureFontChangedAsync(string? id)
    {
        look.SignatureFontId = id ?? "";
        await LookChangedAsync();
    }

    private async Task SignatureUnderlineChangedAsync(bool underline)
    {
        look.SignatureUnderline = underline;
        await LookChangedAsync();
    }

    private async Task RefreshPreviewAndChecksAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            previews = [];
            checks = null;
            tells = null;
            paragraphCount = 0;
            return;
        }
        var snapshot = text;
        try
        {
            var letter = LetterRendering.ToLetter(snapshot);
            paragraphCount = letter.Paragraphs.Count;
            var options = LetterRendering.Options(look.ToLook(), OrderId, header?.Reference ?? "", "LetterStudio", header?.IsTest ?? false);
            // Rendering is CPU work; keep it off the circuit's synchronisation context.
            var pages = await Task.Run(() => Rendering.RenderPages(letter, options, PreviewDpi), ct);
            previews = [.. pages.Select(p => "data:image/png;base64," + Convert.ToBase64String(p))];
            // Approval stores the PDF rendered with these same options (the signature names the author): inspect that.
            var pdfOptions = LetterRendering.Options(look.ToLook(), OrderId, $"Letter {header?.Reference}", letter.Signature, header?.IsTest ?? false);
            tells = await Task.Run(() => Tells.Inspect(Rendering.RenderPdf(letter, pdfOptions).Pdf), ct);
            previewError = null;
        }
        catch (DomainValidationException ex)
        {
            previewError = $"No preview: {ex.Reason}";
            paragraphCount = 0;
            tells = null;
        }
        await using var scope = Scopes.CreateAsyncScope();
        checks = await scope.ServiceProvider.GetRequiredService<CheckLetter>().CheckAsync(OrderId, snapshot, ct, templateKey);
        StateHasChanged();
    }

    private Task DraftAsync() => RunAsync("Drafting…", async (sp, ct) =>
    {
        var draft = sp.GetRequiredService<DraftLetter>();
        draftCandidates = [];
        var request = new DraftRequest(OrderId, viewer.UserName, modelKind, Math.Clamp(candidates, 1, 5), templateKey);
        if (request.Candidates > 1)
        {
            var result = await draft.HandleAsync(request, ct);
            draftCandidates = [.. result.Revisions];
            modelNotice = result.ModelNotice;
            return $"{result.Revisions.Count} candidates from {result.ModelName}; the best-checked one is in the editor.";
        }
        text = "";
        DraftResult? stored = null;
        await foreach (var update in draft.StreamAsync(request, ct))
        {
            if (update.Text is { } chunk)
            {
                // The critique pass sends the revised letter in place of the draft the writer watched arrive.
                text = update.Replace ? chunk : text + chunk;
                await InvokeAsync(StateHasChanged);
            }
            stored = update.Result ?? stored;
        }
        modelNotice = stored?.ModelNotice;
        return $"Drafted by {stored?.ModelName} as revision {stored?.Current.Number}.";
    });

    private Task SaveAsync() => RunAsync("Saving…", async (sp, ct) =>
    {
        try
        {
            var saved = await sp.GetRequiredService<CheckLetter>().SaveEditAsync(OrderId, text, viewer.UserName, note, baseVersion, ct);
            note = null;
            conflictText = null;
            dirty = false;
            return $"Saved as revision {saved.Number}.";
        }
        catch (ConcurrencyConflictException)
        {
            await ShowConflictAsync(sp, ct);
            throw;
        }
    }, keepText: true);

    private async Task ShowConflictAsync(IServiceProvider sp, CancellationToken ct)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();
        var latest = await db.Letters.AsNoTracking().Where(l => l.OrderId == OrderId)
            .Select(l => new { l.Version, Revision = l.Revisions.Where(r => r.Number == l.CurrentRevisionNumber).Select(r => new { r.Number, r.Text, r.Author }).First() })
            .SingleAsync(ct);
        (conflictText, conflictWho, conflictRevision) = (latest.Revision.Text, latest.Revision.Author, latest.Revision.Number);
        // The next save is made knowingly over their revision.
        baseVersion = latest.Version;
    }

    private Task RedraftAsync(int paragraph) => RunAsync($"Redrafting paragraph {paragraph + 1}…", async (sp, ct) =>
    {
        var revision = await sp.GetRequiredService<RedraftParagraph>().HandleAsync(OrderId, paragraph, viewer.UserName, redraftNote, modelKind, ct);
        return $"Paragraph {paragraph + 1} redrafted as revision {revision.Number}.";
    });

    private Task ChooseAsync(int anecdoteId, bool choose, bool pin) => RunAsync(null, async (sp, ct) =>
    {
        await sp.GetRequiredService<DossierCommands>().SetChoiceAsync(OrderId, viewer, anecdoteId, choose, pin, ct);
        return choose ? (pin ? "Pinned: the letter must use it." : "Chosen for this letter.") : "Left out of this letter.";
    }, keepText: true);

    private Task SendProofAsync() => RunAsync("Sending…", async (sp, ct) =>
    {
        await sp.GetRequiredService<LetterReview>().SendProofAsync(OrderId, viewer, ct, checksOverride);
        return header!.WantsProof ? "The proof is on its way to the customer." : "Sent for approval.";
    });

    private Task ApproveAsync() => RunAsync("Rendering the PDF…", async (sp, ct) =>
    {
        var (_, pages) = await sp.GetRequiredService<LetterReview>().ApproveAsync(OrderId, viewer, look.ToLook(), tellsReason, ct, checksOverride);
        tellsReason = null;
        return $"Approved and rendered: {pages} page(s).";
    });

    private Task TakeBackAsync() => RunAsync(null, async (sp, ct) =>
    {
        await sp.GetRequiredService<AdvanceOrder>().HandleAsync(OrderId, OrderStatus.Drafting, viewer.UserName, changesReason, ct);
        changesReason = null;
        return "Back in drafting.";
    });

    private void UseCandidate(string candidate)
    {
        text = candidate;
        dirty = true;
        _ = RefreshPreviewAndChecksAsync(closing.Token);
    }

    /// <summary>
    /// Runs one action in its own scope; refusals become a message and nothing the writer typed is lost.
    /// Afterwards the desk reloads; the editor takes the stored text unless it holds unsaved typing that
    /// the action did not touch (<paramref name="keepText"/>).
    /// </summary>
    private async Task RunAsync(string? working, Func<IServiceProvider, CancellationToken, Task<string>> action, bool keepText = false)
    {
        (busy, message, error) = (working, null, null);
        StateHasChanged();
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            message = await action(scope.ServiceProvider, closing.Token);
            await LoadAsync(resetText: !(keepText && dirty));
        }
        catch (Exception ex) when (ex is DomainValidationException or IllegalTransitionException or ConcurrencyConflictException or NotFoundException or DraftingFailedException or NotALetterException)
        {
            error = ex switch
            {
                DomainValidationException d => $"Not done: {FieldWords.Sentence(d)}",
                ConcurrencyConflictException => "Not saved: someone else saved this letter first. Their version is shown above.",
                _ => $"Not done: {ex.Message}",
            };
        }
        finally
        {
            busy = null;
        }
        await RefreshPreviewAndChecksAsync(closing.Token);
    }

    public void Dispose()
    {
        closing.Cancel();
        closing.Dispose();
        pause?.Dispose();
    }
}
