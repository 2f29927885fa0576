using LetterStudio.Data;
using LetterStudio.Domain.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Features.Desk;

/// <summary>The approved letter's PDF, for the writer to download or view in the browser.</summary>
public static class LetterPdfEndpoints
{
    public static IEndpointRouteBuilder MapLetterPdfEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/orders/{orderId:int}/letter.pdf", GetPdfAsync).RequireAuthorization(p => p.RequireRole(StudioRoles.Writer, StudioRoles.Admin));
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetPdfAsync(int orderId, HttpContext http, LetterStudioDbContext db, bool download = false)
    {
        var viewer = http.User.ToViewer();
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new { o.AssignedWriter }).SingleOrDefaultAsync();
        if (order is null || !viewer.CanView(order.AssignedWriter)) return TypedResults.NotFound();
        var document = await (from d in db.LetterDocuments.AsNoTracking()
                              join l in db.Letters on d.LetterId equals l.Id
                              where l.OrderId == orderId
                              orderby d.Id descending
                              select new { d.Pdf, d.Sha256 }).FirstOrDefaultAsync();
        if (document is null) return TypedResults.NotFound();
        return TypedResults.File(document.Pdf, "application/pdf", download ? $"LS-{orderId:D6}.pdf" : null,
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{document.Sha256}\""));
    }
}
