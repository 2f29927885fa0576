namespace LetterStudio.Application.Orders.Bulk;

/// <summary>What is wrong with one row: its position (CSV line or JSON index; -1 for the upload as a whole), the column, and why.</summary>
public sealed record BulkRowError(int Position, string Field, string Message);
