using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Customers;

/// <summary>The hand a customer's letters and envelopes are written in: the font of their latest style profile, if any.</summary>
public static class CustomerLooks
{
    public static Task<string?> FontIdAsync(LetterStudioDbContext db, int customerId, CancellationToken ct = default) =>
        db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == customerId).OrderByDescending(p => p.Version)
            .Select(p => (string?)p.Look.FontId).FirstOrDefaultAsync(ct);
}
