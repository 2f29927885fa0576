using LetterStudio.Application.Printing;
using LetterStudio.Data;
using LetterStudio.Domain.Accounts;
using LetterStudio.Domain.Printing;
using LetterStudio.Printing.Jobs.Batches;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Features.PrintRoom;

/// <summary>Downloads of a batch's files. The path on disk comes only from the file's row, never from the request.</summary>
public static class PrintFileEndpoints
{
    public static IEndpointRouteBuilder MapPrintFileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/print/batches/{batchId:int}/files/{fileId:int}", async (int batchId, int fileId, LetterStudioDbContext db, PrintFolders folders, CancellationToken ct) =>
        {
            var file = await db.PrintBatchFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.PrintBatchId == batchId, ct);
            if (file is null) return Results.NotFound();
            var path = folders.Full(file.RelativePath);
            if (!File.Exists(path)) return Results.NotFound();
            var type = file.Kind is PrintFileKind.ManifestCsv ? "text/csv" : "application/pdf";
            return Results.File(path, type, file.FileName, enableRangeProcessing: true);
        }).RequireAuthorization(new AuthorizeAttribute { Roles = PrintRoomAccess.Roles });

        // A small PNG of one of the first pages of a batch's PDF, authorised like the file itself.
        app.MapGet("/print/batches/{batchId:int}/files/{fileId:int}/pages/{page:int}.png", async (int batchId, int fileId, int page, HttpContext http,
            LetterStudioDbContext db, PrintFolders folders, PageThumbnails thumbnails, CancellationToken ct) =>
        {
            var file = await db.PrintBatchFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.PrintBatchId == batchId, ct);
            if (file is null || file.Kind is PrintFileKind.ManifestCsv || page > file.Pages) return Results.NotFound();
            if (await thumbnails.PathAsync(folders.Full(file.RelativePath), file.Id, page, ct) is not { } png) return Results.NotFound();
            // Private: the page shows names and addresses. A built file never changes, so the browser may keep it for a day.
            http.Response.Headers.CacheControl = "private, max-age=86400";
            return Results.File(png, "image/png");
        }).RequireAuthorization(new AuthorizeAttribute { Roles = PrintRoomAccess.Roles });
        return app;
    }
}
