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
        return app;
    }
}
