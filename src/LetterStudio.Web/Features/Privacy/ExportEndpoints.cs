using LetterStudio.Application.Privacy;
using LetterStudio.Data;
using LetterStudio.Domain.Accounts;
using LetterStudio.Web.Features.Api;
using LetterStudio.Web.Features.Portal;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterStudio.Web.Features.Privacy;

/// <summary>
/// A customer downloads everything the studio holds about them, from the portal (/my/export.zip) or the API
/// (GET /api/v1/export.zip, a live key: test keys see test objects only, and the export is the whole account).
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/my/export.zip", PortalAsync).RequireAuthorization(p => p.RequireRole(StudioRoles.Customer));
        return app;
    }

    public static RouteGroupBuilder MapApiExport(this RouteGroupBuilder api)
    {
        api.MapGet("/export.zip", ApiAsync).Documented("exportAccount", "Everything held about the account, as a zip", new(FileType: "application/zip"))
            .ProducesProblem(StatusCodes.Status403Forbidden).WithDescription("Everything the studio holds about your account: customer.json and the rendered letters as PDFs, in a zip. Live keys only.");
        return api;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> PortalAsync(HttpContext http, LetterStudioDbContext db, CustomerExport export, CancellationToken ct)
    {
        if (await CurrentCustomer.IdAsync(db, http.User, ct) is not { } customerId) return TypedResults.NotFound();
        return TypedResults.File(await ZipAsync(export, customerId, ct), "application/zip", "letterstudio-export.zip");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ApiAsync(HttpContext http, CustomerExport export, CancellationToken ct)
    {
        var caller = ApiCaller.From(http.User);
        if (caller.TestMode)
            return TypedResults.Problem("A test key sees test objects only; the export holds the whole account, so it needs a live key.",
                statusCode: StatusCodes.Status403Forbidden, title: "Live key needed");
        return TypedResults.File(await ZipAsync(export, caller.CustomerId, ct), "application/zip", "letterstudio-export.zip");
    }

    private static async Task<byte[]> ZipAsync(CustomerExport export, int customerId, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await export.WriteZipAsync(customerId, buffer, ct);
        return buffer.ToArray();
    }
}
