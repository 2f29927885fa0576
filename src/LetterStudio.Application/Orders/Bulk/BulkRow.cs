namespace LetterStudio.Application.Orders.Bulk;

/// <summary>
/// One row of a bulk upload as it came in: its position (the CSV line, or the JSON array index) and its cells by
/// column name. CSV and JSON uploads both become these, so both are validated by the same code.
/// <see cref="ReadError"/> is what the reader found wrong with the row as a whole (more fields than columns).
/// </summary>
public sealed record BulkRow(int Position, IReadOnlyDictionary<string, string?> Cells, string? ReadError = null);
