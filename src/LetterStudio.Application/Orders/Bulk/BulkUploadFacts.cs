using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Application.Orders.Bulk;

/// <summary>What every row of one upload is checked against, read once per upload rather than once per row.</summary>
internal sealed record BulkUploadFacts(int CustomerId, IReadOnlySet<string> Occasions, PaperSize Paper, string? FontId, DateTimeOffset Now, PriceList Prices)
{
    public DateOnly Today { get; } = DateOnly.FromDateTime(Now.UtcDateTime);
}
