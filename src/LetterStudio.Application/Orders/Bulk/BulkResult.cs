namespace LetterStudio.Application.Orders.Bulk;

/// <summary>The orders a bulk upload placed, in row order; <see cref="Created"/> is false when a repeated idempotency key found them.</summary>
public sealed record BulkResult(IReadOnlyList<BulkPlaced> Orders, bool Created)
{
    public long TotalMinor => Orders.Sum(o => o.PriceMinor);
}

/// <summary>One placed order of a bulk upload; <see cref="Row"/> counts the upload's rows from 1.</summary>
public sealed record BulkPlaced(int Row, int OrderId, string Reference, int RecipientId, long PriceMinor, string Currency, bool IsTest);
