using LetterStudio.Application.Privacy;
using LetterStudio.Data;
using LetterStudio.Web.Features.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Features.Privacy;

/// <summary>
/// DELETE /api/v1/account: the API's way to erase the account a key belongs to (the portal's is /my/account/erase).
/// A live key only, and the account's email address repeated in the <c>Confirm-Erase</c> header, so a stray DELETE or
/// a script pointed at the wrong base URL cannot erase anything.
/// </summary>
public static class ErasureEndpoints
{
    public const string ConfirmHeader = "Confirm-Erase";

    /// <summary>The answer: what went, what was kept for the accounts, and how many orders nobody had started were cancelled.</summary>
    public sealed record ErasureDto(bool Erased, IReadOnlyDictionary<string, int> Deleted, IReadOnlyDictionary<string, int> Anonymised, int OrdersCancelled);

    public static RouteGroupBuilder MapApiErasure(this RouteGroupBuilder api)
    {
        api.MapDelete("/account", EraseAsync).Documented("eraseAccount", "Erase the account, at once and for good")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription(
            "Erases the account this key belongs to, at once and for good: memories, address book, style, letters' text and PDFs, keys, " +
            "webhooks and the sign-in. Orders are kept for the accounts with only price, dates, status and look. Live keys only; send the " +
            $"account's email address in the {ConfirmHeader} header. 409 while a writer or the print room is working on an order.");
        return api;
    }

    private static async Task<Results<Ok<ErasureDto>, ProblemHttpResult>> EraseAsync(HttpContext http, LetterStudioDbContext db, CustomerErasure erasure, CancellationToken ct)
    {
        var caller = ApiCaller.From(http.User);
        if (caller.TestMode)
            return TypedResults.Problem("A test key sees test objects only; erasing the account needs a live key.",
                statusCode: StatusCodes.Status403Forbidden, title: "Live key needed");
        var email = await db.Customers.Where(c => c.Id == caller.CustomerId).Select(c => c.Email).SingleAsync(ct);
        var typed = http.Request.Headers[ConfirmHeader].ToString().Trim();
        if (!string.Equals(typed, email, StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem($"To erase the account, repeat its email address in the {ConfirmHeader} header. Nothing has been erased.",
                statusCode: StatusCodes.Status400BadRequest, title: "Confirmation needed",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [ConfirmHeader] = ["the account's email address is required"] } });
        try
        {
            var report = await erasure.EraseAsync(caller.CustomerId, http.User.Identity?.Name ?? "api", clientAddress: null, ct);
            return TypedResults.Ok(new ErasureDto(true, report.Deleted, report.Anonymised, report.OrdersCancelled));
        }
        catch (ErasureBlockedException ex)
        {
            return TypedResults.Problem($"{ex.Message} Cancel them (POST /api/v1/orders/{{id}}/cancel) or wait until they are posted. Nothing has been erased.",
                statusCode: StatusCodes.Status409Conflict, title: "Letters are on their way",
                extensions: new Dictionary<string, object?> { ["orders"] = ex.Blockers.Select(b => new { id = b.OrderId, reference = b.Reference, status = b.Status.ToString() }).ToList() });
        }
    }
}
