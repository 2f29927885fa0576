using LetterStudio.Application.Letters;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Features.Desk;

/// <summary>
/// The files of an order's letter, read for whoever the caller has already checked may see them: the latest
/// rendered PDF, and any page of the current revision as a PNG in the client's look. Used by the workbench
/// and by the API, so both show exactly the same pages.
/// </summary>
public sealed class LetterPages(LetterStudioDbContext db, LetterRendering rendering)
{
    public async Task<(byte[] Pdf, string Sha256)?> LatestPdfAsync(int orderId, CancellationToken ct = default)
    {
        var document = await (from d in db.LetterDocuments.AsNoTracking()
                              join l in db.Letters on d.LetterId equals l.Id
                              where l.OrderId == orderId
                              orderby d.Id descending
                              select new { d.Pdf, d.Sha256 }).FirstOrDefaultAsync(ct);
        return document is null ? null : (document.Pdf, document.Sha256);
    }

    /// <summary>How many pages the current revision takes in the client's look; 0 when there is no text yet. Measured, not drawn.</summary>
    /// <exception cref="DomainValidationException">The text is not a letter yet, or has a character no font has.</exception>
    public async Task<int> PageCountAsync(int orderId, CancellationToken ct = default) =>
        await CurrentAsync(orderId, ct) is { } current ? rendering.PageCount(current.Letter, current.Options) : 0;

    /// <summary>Page <paramref name="page"/> (from 1) as a PNG; null when there is no such page or no text yet.</summary>
    /// <exception cref="DomainValidationException">The text is not a letter yet, or has a character no font has.</exception>
    public async Task<byte[]?> PagePngAsync(int orderId, int page, float dpi, CancellationToken ct = default)
    {
        if (await CurrentAsync(orderId, ct) is not { } current) return null;
        if (page < 1 || page > rendering.PageCount(current.Letter, current.Options)) return null;
        return rendering.RenderPng(current.Letter, current.Options, page - 1, dpi);
    }

    /// <summary>The current revision as a letter, with the render options of the order's own look; null when there is no text yet.</summary>
    private async Task<(Handwriting.Letter Letter, Handwriting.RenderOptions Options)?> CurrentAsync(int orderId, CancellationToken ct)
    {
        var source = await (from o in db.Orders.AsNoTracking()
                            join l in db.Letters on o.Id equals l.OrderId
                            where o.Id == orderId
                            select new
                            {
                                o.Look,
                                o.IsTest,
                                Text = l.Revisions.Where(r => r.Number == l.CurrentRevisionNumber).Select(r => r.Text).FirstOrDefault(),
                            }).SingleOrDefaultAsync(ct);
        if (source?.Text is null) return null;
        var letter = LetterRendering.ToLetter(source.Text);
        return (letter, LetterRendering.Options(DeskLook.From(source.Look), orderId, $"Letter {Order.ReferenceOf(orderId)}", "LetterStudio", source.IsTest));
    }
}
