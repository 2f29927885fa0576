using LetterStudio.Data;
using LetterStudio.Domain.Accounts;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Features.Desk;

/// <summary>The letter as files: the approved PDF (to view or download) and a preview image of any page.</summary>
public static class LetterFileEndpoints
{
    public static IEndpointRouteBuilder MapLetterFileEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/orders/{orderId:int}").RequireAuthorization(p => p.RequireRole(StudioRoles.Writer, StudioRoles.Admin));
        group.MapGet("/letter.pdf", GetPdfAsync);
        group.MapGet("/preview/{page:int}.png", GetPreviewAsync);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetPdfAsync(int orderId, HttpContext http, LetterStudioDbContext db, bool download = false)
    {
        if (!await CanViewAsync(db, http, orderId)) return TypedResults.NotFound();
        var document = await (from d in db.LetterDocuments.AsNoTracking()
                              join l in db.Letters on d.LetterId equals l.Id
                              where l.OrderId == orderId
                              orderby d.Id descending
                              select new { d.Pdf, d.Sha256 }).FirstOrDefaultAsync();
        if (document is null) return TypedResults.NotFound();
        return TypedResults.File(document.Pdf, "application/pdf", download ? $"{Order.ReferenceOf(orderId)}.pdf" : null,
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{document.Sha256}\""));
    }

    /// <summary>Page <paramref name="page"/> (from 1) of the current revision, in the client's look, at <paramref name="dpi"/>.</summary>
    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> GetPreviewAsync(
        int orderId, int page, HttpContext http, LetterStudioDbContext db, LetterRendering rendering, float dpi = 96)
    {
        if (dpi is < 24 or > 300)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["dpi"] = ["must be between 24 and 300."] });
        if (!await CanViewAsync(db, http, orderId)) return TypedResults.NotFound();
        var source = await (from o in db.Orders.AsNoTracking()
                            join l in db.Letters on o.Id equals l.OrderId
                            where o.Id == orderId
                            select new
                            {
                                o.CustomerId,
                                Text = l.Revisions.Where(r => r.Number == l.CurrentRevisionNumber).Select(r => r.Text).FirstOrDefault(),
                            }).SingleOrDefaultAsync();
        if (source?.Text is null) return TypedResults.NotFound();
        var look = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == source.CustomerId).OrderByDescending(p => p.Version).Select(p => p.Look).FirstOrDefaultAsync();
        try
        {
            var letter = LetterRendering.ToLetter(source.Text);
            var options = LetterRendering.Options(DeskLook.From(look ?? Domain.Styles.LetterLook.Default), orderId, $"Letter {Order.ReferenceOf(orderId)}", "LetterStudio");
            if (page < 1 || page > rendering.PageCount(letter, options)) return TypedResults.NotFound();
            return TypedResults.File(rendering.RenderPng(letter, options, page - 1, dpi), "image/png");
        }
        catch (DomainValidationException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ex.Field] = [ex.Reason] });
        }
    }

    private static async Task<bool> CanViewAsync(LetterStudioDbContext db, HttpContext http, int orderId)
    {
        var viewer = http.User.ToViewer();
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new { o.AssignedWriter }).SingleOrDefaultAsync();
        return order is not null && viewer.CanView(order.AssignedWriter);
    }
}
