using System.Runtime.CompilerServices;
using System.Text;
using LetterStudio.Application.Telemetry;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Letters;
using LetterStudio.Drafting;
using LetterStudio.Drafting.Checks;
using LetterStudio.Drafting.Models;
using LetterStudio.Drafting.Prompts;
using LetterStudio.Drafting.Setup;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Letters;

/// <summary>
/// Drafts an order's letter: ranks the anecdotes, renders the occasion template within the token budget, asks the
/// model, checks every candidate and stores each as a revision, moving the order from Assigned to Drafting. When the
/// model fails, the error is kept on the letter and nothing else changes.
/// </summary>
public sealed class DraftLetter(LetterStudioDbContext db, DraftingContextLoader loader, PromptBuilder prompts, DraftingModels models,
    IOptions<DraftingOptions> options, TimeProvider time, ILogger<DraftLetter> logger)
{
    public async Task<DraftResult> HandleAsync(DraftRequest request, CancellationToken ct = default)
    {
        var maxCandidates = options.Value.MaxCandidates;
        if (request.Candidates < 1 || request.Candidates > maxCandidates)
            throw new DomainValidationException("Candidates", $"must be between 1 and {maxCandidates} (got {request.Candidates}).");
        using var scope = logger.BeginOrderScope(request.OrderId);
        var (ctx, prompt, choice) = await PrepareAsync(request, ct);

        ModelDrafts drafts;
        try
        {
            drafts = await choice.Model.DraftAsync(prompt, request.Candidates, ct);
        }
        catch (DraftingFailedException ex)
        {
            await DraftStore.RecordFailureAsync(db, ctx, ex.Message, time.GetUtcNow());
            throw;
        }
        return await StoreAsync(request, ctx, prompt, choice, drafts, ct);
    }

    /// <summary>One draft, yielding text as the model writes it; the last update carries the stored result.</summary>
    public async IAsyncEnumerable<DraftUpdate> StreamAsync(DraftRequest request, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var (ctx, prompt, choice) = await PrepareAsync(request, ct);
        var frame = prompt.Model.Frame;
        var text = new StringBuilder();
        var usage = TokenUsage.None;
        TokenUsage? critique = null;
        string? critiqueNote = null;
        // The studio's greeting goes first, the model's body streams after it, and the sign-off ends it.
        yield return new DraftUpdate(frame.Salutation + "\n\n", null);
        await using var chunks = choice.Model.StreamAsync(prompt, ct).GetAsyncEnumerator(ct);
        while (true)
        {
            DraftChunk chunk;
            // Only the step is guarded: C# does not allow a yield inside a try that has a catch.
            try
            {
                if (!await chunks.MoveNextAsync()) break;
                chunk = chunks.Current;
            }
            catch (DraftingFailedException ex)
            {
                await DraftStore.RecordFailureAsync(db, ctx, ex.Message, time.GetUtcNow());
                throw;
            }
            if (chunk.Usage is { } u) (usage, critique, critiqueNote) = (u, chunk.CritiqueUsage, chunk.Note);
            if (chunk.Restart)
            {
                // The critique pass rewrites the letter: what streamed so far gives way to the revision.
                text.Clear();
                yield return new DraftUpdate(frame.Salutation + "\n\n", null, Replace: true);
                continue;
            }
            if (chunk.Text.Length == 0) continue;
            text.Append(chunk.Text);
            yield return new DraftUpdate(chunk.Text, null);
        }

        LetterDraft draft;
        try
        {
            draft = LetterDraft.FromPlainBody(text.ToString(), frame);
        }
        catch (NotALetterException ex)
        {
            var message = $"The model's answer could not be used. {ex.Message}";
            await DraftStore.RecordFailureAsync(db, ctx, message, time.GetUtcNow());
            throw new DraftingFailedException(message, ex);
        }
        var ending = "\n\n" + frame.SignOff + "\n" + frame.Signature + (draft.Postscript is null ? "" : "\n\n" + LetterDraft.PostscriptLabel + " " + draft.Postscript);
        yield return new DraftUpdate(ending, null);
        yield return new DraftUpdate(null, await StoreAsync(request, ctx, prompt, choice, new ModelDrafts([draft], usage, critique, [critiqueNote]), ct));
    }

    private async Task<(DraftingContext, DraftPrompt, ModelChoice)> PrepareAsync(DraftRequest request, CancellationToken ct)
    {
        // Its own scope: the streaming path cannot hold one across its yields.
        using var scope = logger.BeginOrderScope(request.OrderId);
        Guard.Required(request.Actor, "Actor", Limits.Actor);
        var ctx = await loader.LoadAsync(request.OrderId, ct, request.Template);
        DraftStore.EnsureDraftable(ctx.Order);
        var prompt = await prompts.BuildAsync(ctx.Model, ctx.Ranking);
        return (ctx, prompt, models.Choose(request.Model));
    }

    private async Task<DraftResult> StoreAsync(DraftRequest request, DraftingContext ctx, DraftPrompt prompt, ModelChoice choice, ModelDrafts drafts, CancellationToken ct)
    {
        using var scope = logger.BeginOrderScope(request.OrderId);
        var (candidates, usage) = (drafts.Candidates, drafts.Usage);
        var now = time.GetUtcNow();
        var letter = DraftStore.LetterFor(db, ctx, now);
        var model = choice.Model;
        // Fewest errors, then fewest warnings, goes in last so it becomes the current revision; ties keep their order.
        var checkedCandidates = candidates.Select((d, i) => (Index: i + 1, Text: d.ToText(), Checks: StyleChecker.Check(d.ToText(), prompt)))
            .OrderByDescending(c => c.Checks.Findings.Count(f => f.Severity == FindingSeverity.Error))
            .ThenByDescending(c => c.Checks.Findings.Count)
            .ThenByDescending(c => c.Index)
            .ToList();
        var stored = new List<(LetterRevision Revision, int Candidate, StyleReport Checks)>();
        foreach (var c in checkedCandidates)
        {
            var note = Note(c.Index, candidates.Count, usage, drafts.CritiqueUsage, drafts.NoteFor(c.Index - 1), choice.Notice, prompt.Omissions.Count);
            var revision = DraftStore.AddRevision(letter, new RevisionDraft(c.Text, model.Source, request.Actor, model.Name,
                prompt.Rendered.Fingerprint, ctx.Profile.Id, prompt.AnecdoteIds, note, Tokens(usage.InputTokens), Tokens(usage.OutputTokens)), c.Checks, now);
            stored.Add((revision, c.Index, c.Checks));
        }
        DraftStore.MoveToDrafting(ctx.Order, request.Actor, model.Name, now);
        await db.SaveOrConflictAsync("Order", ctx.Order.Id, ct);
        StudioTelemetry.Drafts.Add(candidates.Count, new KeyValuePair<string, object?>("model", model.Name));
        return new DraftResult(ctx.Order.Id, ctx.Order.Status, model.Name, choice.Notice,
            [.. stored.Select(s => new DraftedRevision(s.Revision.Number, s.Candidate, s.Revision.Text, s.Checks))], prompt, usage);
    }

    /// <summary>Zero means the model reported none (the offline composer): nothing to record.</summary>
    internal static int? Tokens(int count) => count > 0 ? count : null;

    /// <summary>
    /// The revision's comment: the candidate, the tokens of the whole exchange and the part the critique pass cost (kept
    /// here rather than in columns of their own, so no migration is needed), what that pass did, and any notice.
    /// </summary>
    private static string Note(int candidate, int of, TokenUsage usage, TokenUsage? critique, string? critiqueNote, string? notice, int omissions)
    {
        var parts = new List<string>();
        if (of > 1) parts.Add($"Candidate {candidate} of {of}.");
        if (usage.Total > 0)
            parts.Add($"Tokens: {usage}{(of > 1 ? " for all candidates" : "")}{(critique is { Total: > 0 } c ? $", of which the critique and revision {c}" : "")}.");
        if (critiqueNote is not null) parts.Add(critiqueNote);
        if (omissions > 0) parts.Add($"{omissions} item(s) of the client's file left out of the prompt.");
        if (notice is not null) parts.Add(notice);
        return parts.Count == 0 ? "Drafted." : string.Join(" ", parts);
    }
}
