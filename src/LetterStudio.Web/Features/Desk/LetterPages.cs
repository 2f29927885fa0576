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

    /// <summary>Page <paramref name="page"/> (from 1) as a PNG; null when there is no such page or no text yet.</summary>
    /// <exception cref="DomainValidationException">The text is not a letter yet, or has a character no font has.</exception>
    public async Task<byte[]?> PagePngAsync(int orderId, int page, float dpi, CancellationToken ct = default)
    {
        var source = await (from o in db.Orders.AsNoTracking()
                            join l in db.Letters on o.Id equals l.OrderId
                            where o.Id == orderId
                            select new
                            {
                                o.CustomerId,
                                o.IsTest,
                                Text = l.Revisions.Where(r => r.Number == l.CurrentRevisionNumber).Select(r => r.Text).FirstOrDefault(),
                            }).SingleOrDefaultAsync(ct);
        if (source?.Text is null) return null;
        var look = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == source.CustomerId)
            .OrderByDescending(p => p.Version).Select(p => p.Look).FirstOrDefaultAsync(ct);
        var letter = LetterRendering.ToLetter(source.Text);
        var options = LetterRendering.Options(DeskLook.From(look ?? LetterLook.Default), orderId, $"Letter {Order.ReferenceOf(orderId)}", "LetterStudio", source.IsTest);
        if (page < 1 || page > rendering.PageCount(letter, options)) return null;
        return rendering.RenderPng(letter, options, page - 1, dpi);
    }
}
