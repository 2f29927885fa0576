using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Orders.Bulk;

/// <summary>
/// Checks every row of a bulk upload before anything is written, and reports every bad row, not just the first:
/// the address by its country's rules, the occasion, the date, lengths and yes/no values, each error naming the row
/// and the column (<see cref="BulkRowRules"/>). The rules are the entities' own (PostalAddress.Create,
/// Order.CheckWording), so an upload can never pass here and fail on saving.
/// </summary>
public sealed class BulkValidator(LetterStudioDbContext db, IOptions<PriceList> prices, TimeProvider time, Printability printability)
{
    public async Task<(IReadOnlyList<BulkLine> Lines, IReadOnlyList<BulkRowError> Errors)> ValidateAsync(int customerId, IReadOnlyList<BulkRow> rows, CancellationToken ct = default)
    {
        var facts = await FactsAsync(customerId, ct);
        var lines = new List<BulkLine>(rows.Count);
        var errors = new List<BulkRowError>();
        if (rows.Count == 0) errors.Add(new BulkRowError(-1, "rows", "the upload has no rows."));
        foreach (var row in rows)
        {
            var rules = new BulkRowRules(row, facts, printability);
            if (rules.Check() is { } line) lines.Add(line);
            errors.AddRange(rules.Errors);
        }
        return (lines, errors);
    }

    private async Task<BulkUploadFacts> FactsAsync(int customerId, CancellationToken ct)
    {
        var occasions = (await db.Occasions.AsNoTracking().Where(o => o.Active).Select(o => o.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var paper = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == customerId)
            .OrderByDescending(p => p.Version).Select(p => (PaperSize?)p.Look.Paper).FirstOrDefaultAsync(ct) ?? PaperSize.A5;
        var fontId = await Customers.CustomerLooks.FontIdAsync(db, customerId, ct);
        return new BulkUploadFacts(customerId, occasions, paper, fontId, time.GetUtcNow(), prices.Value);
    }
}
