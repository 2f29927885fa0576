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

    private static async Task<Results<FileContentHttpResult, NotFound>> GetPdfAsync(int orderId, HttpContext http, LetterStudioDbContext db, LetterPages pages, bool download = false)
    {
        if (!await CanViewAsync(db, http, orderId)) return TypedResults.NotFound();
        return await PdfResultAsync(pages, orderId, download);
    }

    /// <summary>Page <paramref name="page"/> (from 1) of the current revision, in the client's look, at <paramref name="dpi"/>.</summary>
    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> GetPreviewAsync(
        int orderId, int page, HttpContext http, LetterStudioDbContext db, LetterPages pages, float dpi = 96)
    {
        if (!await CanViewAsync(db, http, orderId)) return TypedResults.NotFound();
        return await PngResultAsync(pages, orderId, page, dpi);
    }

    /// <summary>The stored PDF as a file answer; shared with the API.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> PdfResultAsync(LetterPages pages, int orderId, bool download, CancellationToken ct = default)
    {
        if (await pages.LatestPdfAsync(orderId, ct) is not { } document) return TypedResults.NotFound();
        return TypedResults.File(document.Pdf, "application/pdf", download ? $"{Order.ReferenceOf(orderId)}.pdf" : null,
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{document.Sha256}\""));
    }

    /// <summary>A page image as a file answer, or the field at fault; shared with the API.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> PngResultAsync(LetterPages pages, int orderId, int page, float dpi, CancellationToken ct = default)
    {
        if (dpi is < 24 or > 300)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["dpi"] = ["must be between 24 and 300."] });
        try
        {
            return await pages.PagePngAsync(orderId, page, dpi, ct) is { } png ? TypedResults.File(png, "image/png") : TypedResults.NotFound();
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
