using LetterStudio.Application.Letters;
using LetterStudio.Application.Orders.Portal;
using LetterStudio.Data;
using LetterStudio.Domain.Accounts;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using LetterStudio.Web.Features.Desk;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Features.Portal.Orders;

/// <summary>
/// The portal's files and live answers for the order form: a handwriting sample in the chosen look, the price
/// for what the form says, and the customer's own proof pages and PDF. Every route is the signed-in customer's
/// own: another customer's order is a 404.
/// </summary>
public static class PortalOrderEndpoints
{
    public static IEndpointRouteBuilder MapPortalOrderEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/my").RequireAuthorization(p => p.RequireRole(StudioRoles.Customer));
        group.MapGet("/sample.png", Sample);
        group.MapGet("/envelope.png", EnvelopeAsync);
        group.MapGet("/quote", QuoteAsync);
        group.MapGet("/orders/{orderId:int}/letter.pdf", PdfAsync);
        group.MapGet("/orders/{orderId:int}/proof/{page:int}.png", ProofAsync);
        return app;
    }

    /// <summary>A few lines in the chosen hand, ink, paper and stationery, drawn by the same engine as the letter.</summary>
    private static Results<FileContentHttpResult, ValidationProblem> Sample(LetterRendering rendering,
        string font = "kristi", string ink = "#1B2A4A", PaperSize paper = PaperSize.A5, Stationery stationery = Stationery.Plain, string? name = null)
    {
        if (rendering.Fonts.All(f => f.Id != font)) return Problem("font", $"'{font}' is not one of the studio's hands.");
        if (!Inks.IsKnown(ink)) return Problem("ink", $"'{ink}' is not one of the studio's inks.");
        if (!Enum.IsDefined(paper)) return Problem("paper", "is not a paper the studio prints on.");
        if (!Enum.IsDefined(stationery)) return Problem("stationery", "is not a stationery the studio has.");
        var to = string.IsNullOrWhiteSpace(name) ? "you" : name.Trim()[..Math.Min(name.Trim().Length, 40)];
        var text = $"Dear {to},\n\nThis is how your letter will look, written in this hand and this ink, on this paper. " +
                   "Every line is a little different, as it is when a person writes.\n\n" +
                   "Your own letter will say what you asked for, in your words and with your memories, and fill the sheet as a real letter does.\n\n" +
                   "With love,\nLetterStudio";
        var size = rendering.Fonts.First(f => f.Id == font).DefaultSize;
        var options = LetterRendering.Options(new DeskLook(font, size, ink, paper, stationery), 7, "Sample", "LetterStudio");
        try
        {
            // Drawn at 100 dpi; the order form shows the whole sheet, and zooms to this size.
            return TypedResults.File(rendering.RenderPng(LetterRendering.ToLetter(text), options, 0, 100), "image/png");
        }
        catch (DomainValidationException ex)
        {
            return Problem(ex.Field, ex.Reason);
        }
    }

    /// <summary>
    /// The envelope in the same hand and ink: addressed to one of the customer's recipients (an order's, with <paramref name="order"/>,
    /// in the order's own look), or to a stand-in name before one is chosen.
    /// </summary>
    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> EnvelopeAsync(HttpContext http, LetterStudioDbContext db,
        LetterRendering rendering, string font = "kristi", string ink = "#1B2A4A", int? recipient = null, int? order = null)
    {
        if (await CurrentCustomer.IdAsync(db, http.User) is not { } customerId) return TypedResults.NotFound();
        if (order is { } orderId)
        {
            var placed = await db.Orders.AsNoTracking().Where(o => o.Id == orderId && o.CustomerId == customerId)
                .Select(o => new { o.RecipientId, o.Look.FontId, o.Look.InkColour }).SingleOrDefaultAsync();
            if (placed is null) return TypedResults.NotFound();
            (font, ink, recipient) = (placed.FontId, placed.InkColour, placed.RecipientId);
        }
        else
        {
            if (rendering.Fonts.All(f => f.Id != font)) return Problem("font", $"'{font}' is not one of the studio's hands.");
            if (!Inks.IsKnown(ink)) return Problem("ink", $"'{ink}' is not one of the studio's inks.");
        }
        IReadOnlyList<string> lines = ["Your recipient", "Their street", "Their town", "Their postcode"];
        if (recipient is { } recipientId)
        {
            var to = await db.Recipients.AsNoTracking().Where(r => r.Id == recipientId && r.CustomerId == customerId)
                .Select(r => new { r.Name, r.Address }).SingleOrDefaultAsync();
            if (to is null) return TypedResults.NotFound();
            lines = [to.Name, .. to.Address.Lines()];
        }
        try
        {
            return TypedResults.File(rendering.RenderEnvelopePng(lines, font, ink, seed: recipient ?? 7, dpi: 96), "image/png");
        }
        catch (DomainValidationException ex)
        {
            return Problem(ex.Field, ex.Reason);
        }
    }

    private static async Task<Results<Ok<QuoteDto>, ValidationProblem>> QuoteAsync(CustomerOrdering ordering, PaperSize paper, bool envelope, DateOnly delivery)
    {
        await Task.CompletedTask;
        try
        {
            var quote = ordering.Quote(paper, envelope, delivery);
            return TypedResults.Ok(new QuoteDto(quote.Currency, quote.TotalMinor, [.. quote.Lines.Select(l => new QuoteLineDto(l.Description, l.AmountMinor))]));
        }
        catch (DomainValidationException ex)
        {
            return Problem(ex.Field, ex.Reason);
        }
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> PdfAsync(int orderId, HttpContext http, LetterStudioDbContext db, LetterPages pages, bool download = false)
    {
        if (!await OwnsAsync(db, http, orderId, o => o.Status >= OrderStatus.Rendered && o.Status != OrderStatus.Cancelled)) return TypedResults.NotFound();
        return await LetterFileEndpoints.PdfResultAsync(pages, orderId, download);
    }

    /// <summary>A proof page, only once the writer has sent it; a draft in progress is not shown.</summary>
    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> ProofAsync(
        int orderId, int page, HttpContext http, LetterStudioDbContext db, LetterPages pages, float dpi = 96)
    {
        if (!await OwnsAsync(db, http, orderId, o => o.Status >= OrderStatus.InReview && o.Status != OrderStatus.Cancelled)) return TypedResults.NotFound();
        return await LetterFileEndpoints.PngResultAsync(pages, orderId, page, dpi);
    }

    private static async Task<bool> OwnsAsync(LetterStudioDbContext db, HttpContext http, int orderId, Func<Order, bool> visible)
    {
        if (await CurrentCustomer.IdAsync(db, http.User) is not { } customerId) return false;
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId && o.CustomerId == customerId);
        return order is not null && visible(order);
    }

    private static ValidationProblem Problem(string field, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] });
}

public sealed record QuoteDto(string Currency, long TotalMinor, IReadOnlyList<QuoteLineDto> Lines);

public sealed record QuoteLineDto(string Description, long AmountMinor);
