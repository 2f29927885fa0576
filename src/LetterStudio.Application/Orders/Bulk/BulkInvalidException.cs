namespace LetterStudio.Application.Orders.Bulk;

/// <summary>A bulk upload with at least one bad row: nothing was created. <see cref="Errors"/> lists every bad row.</summary>
public sealed class BulkInvalidException(IReadOnlyList<BulkRowError> errors)
    : Exception($"{errors.Select(e => e.Position).Distinct().Count()} row(s) have errors; nothing was created.")
{
    public IReadOnlyList<BulkRowError> Errors { get; } = errors;
}
