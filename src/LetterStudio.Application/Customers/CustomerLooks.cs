using LetterStudio.Data;
using LetterStudio.Domain.Styles;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Customers;

/// <summary>
/// The customer's default look, from their latest style profile: what the next order starts from, and the hand an
/// address is checked against before any order exists. An order's own letter reads <c>Order.Look</c>, never this.
/// </summary>
public static class CustomerLooks
{
    public static Task<string?> FontIdAsync(LetterStudioDbContext db, int customerId, CancellationToken ct = default) =>
        db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == customerId).OrderByDescending(p => p.Version)
            .Select(p => (string?)p.Look.FontId).FirstOrDefaultAsync(ct);

    /// <summary>The look of the customer's latest profile version, or the house look when they have none.</summary>
    public static async Task<LetterLook> DefaultAsync(LetterStudioDbContext db, int customerId, CancellationToken ct = default) =>
        await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == customerId).OrderByDescending(p => p.Version)
            .Select(p => p.Look).FirstOrDefaultAsync(ct) ?? LetterLook.Default;
}
