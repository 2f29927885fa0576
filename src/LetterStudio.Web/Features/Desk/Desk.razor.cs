using LetterStudio.Application.Dossier;
using LetterStudio.Application.Letters;
using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Drafting;
using LetterStudio.Drafting.Checks;
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
    /// <summary>The order and its letter as last read; null until read, or when the order is not on this writer's desk.</summary>
    private DeskView? view;
    private string? loadError;
    /// <summary>The template the writer drafts and checks against; the order's occasion unless they pick another.</summary>
    private string? templateKey;
    private DeskLookInput look = new();
    private string text = "";
    private bool dirty;
    private string? note;
    /// <summary>The letter's version the editor's text is saved against; after a conflict, the other writer's.</summary>
    private int baseVersion;
    /// <summary>The order's version the desk's look was read at; a look saved against an older one is a conflict.</summary>
    private int orderVersion;
    private DeskPreview preview = DeskPreview.None;
    private StyleReport? checks;
    private DeskConflict? conflict;
    private DeskRevision? compareWith;
    private List<DraftedRevision> draftCandidates = [];
    private DraftingModelKind modelKind = DraftingModelKind.Offline;
    private int candidates = 1;
    private string? redraftNote, changesReason;
    /// <summary>The writer's reason for sending or approving despite check errors; the history keeps it.</summary>
    private string? checksOverride;
    /// <summary>The writer's reason for approving despite the robot tells; the history keeps it.</summary>
    private string? tellsReason;
    private string? busy, message, error, modelNotice;
    private CancellationTokenSource? pause;

    private bool Ready => RendererInfo.IsInteractive;
    private readonly CancellationTokenSource closing = new();

    private IEnumerable<(string Id, string Name)> Fonts => Rendering.Fonts.Select(f => (f.Id, f.DisplayName));

    protected override async Task OnInitializedAsync()
    {
        viewer = (await Auth).User.ToViewer();
        await LoadAsync(resetText: true);
        // The prerendered pass only lays out the page; the preview and checks come once the circuit is live.
        if (view is not null && Ready) await RefreshPreviewAndChecksAsync(closing.Token);
    }

    /// <summary>Reads the desk again; the editor's text and look are replaced only when <paramref name="resetText"/>.</summary>
    private async Task LoadAsync(bool resetText)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var loaded = await scope.ServiceProvider.GetRequiredService<DeskQuery>().HandleAsync(OrderId, viewer, templateKey, closing.Token);
        if (loaded is null)
        {
            loadError = $"There is no order {OrderId} on your desk.";
            view = null;
            return;
        }
        // A refused ranking keeps the anecdotes shown before it.
        view = loaded with { Anecdotes = loaded.Anecdotes ?? view?.Anecdotes ?? [] };
        templateKey = loaded.TemplateKey;
        baseVersion = loaded.LetterVersion;
        orderVersion = loaded.OrderVersion;
        if (resetText)
        {
            text = loaded.CurrentText;
            dirty = false;
            look = DeskLookInput.From(loaded.OrderLook with { Realism = look.Realism });
        }
        error = loaded.AnecdoteError ?? loaded.LastDraftError ?? error;
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
        if (view is not null && (view.CanEdit || view.CanWork))
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
                await LoadAsync(resetText: false);
                ShowOrderLook();
            }
        }
        await RefreshPreviewAndChecksAsync(closing.Token);
    }

    /// <summary>Shows the look the order really has now (as <see cref="LoadAsync"/> just read it), not the one that was refused.</summary>
    private void ShowOrderLook()
    {
        if (view is not null) look = DeskLookInput.From(view.OrderLook with { Realism = look.Realism });
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
            preview = preview with { Pages = [], Tells = null, ParagraphCount = 0 };
            checks = null;
            return;
        }
        var snapshot = text;
        var header = view?.Header;
        try
        {
            var letter = LetterRendering.ToLetter(snapshot);
            preview = preview with { ParagraphCount = letter.Paragraphs.Count };
            var options = LetterRendering.Options(look.ToLook(), OrderId, header?.Reference ?? "", "LetterStudio", header?.IsTest ?? false);
            // Rendering is CPU work; keep it off the circuit's synchronisation context.
            var pages = await Task.Run(() => Rendering.RenderPages(letter, options, PreviewDpi), ct);
            preview = preview with { Pages = [.. pages.Select(p => "data:image/png;base64," + Convert.ToBase64String(p))] };
            // Approval stores the PDF rendered with these same options (the signature names the author): inspect that.
            var pdfOptions = LetterRendering.Options(look.ToLook(), OrderId, $"Letter {header?.Reference}", letter.Signature, header?.IsTest ?? false);
            var tells = await Task.Run(() => Tells.Inspect(Rendering.RenderPdf(letter, pdfOptions).Pdf), ct);
            preview = preview with { Tells = tells, Error = null };
        }
        catch (DomainValidationException ex)
        {
            preview = preview with { Error = $"No preview: {ex.Reason}", ParagraphCount = 0, Tells = null };
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
            conflict = null;
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
        conflict = new DeskConflict(latest.Revision.Text, latest.Revision.Author, latest.Revision.Number);
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
        await sp.GetRequiredService<SendProof>().HandleAsync(OrderId, viewer, checksOverride, ct);
        return view?.Header.WantsProof == true ? "The proof is on its way to the customer." : "Sent for approval.";
    });

    private Task ApproveAsync() => RunAsync("Rendering the PDF…", async (sp, ct) =>
    {
        var (_, pages) = await sp.GetRequiredService<ApproveLetter>().HandleAsync(OrderId, viewer, look.ToLook(), tellsReason, checksOverride, ct);
        tellsReason = null;
        return $"Approved and rendered: {pages} page(s).";
    });

    private Task TakeBackAsync() => RunAsync(null, async (sp, ct) =>
    {
        await sp.GetRequiredService<AdvanceOrder>().HandleAsync(OrderId, OrderStatus.Drafting, viewer.UserName, changesReason, ct);
        changesReason = null;
        return "Back in drafting.";
    });

    /// <summary>The candidate replaces the editor's text; the preview and checks follow before the click is done.</summary>
    private async Task UseCandidateAsync(string candidate)
    {
        text = candidate;
        dirty = true;
        await RefreshPreviewAndChecksAsync(closing.Token);
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
