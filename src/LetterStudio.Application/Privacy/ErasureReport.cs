namespace LetterStudio.Application.Privacy;

/// <summary>
/// What an erasure did, by kind of data, in words ("memories": 5): what was deleted outright, what was kept with its
/// personal content blanked (orders kept for the accounts, the recipients and style versions they name), and the
/// orders no writer had started, which were cancelled first.
/// </summary>
public sealed record ErasureReport(IReadOnlyDictionary<string, int> Deleted, IReadOnlyDictionary<string, int> Anonymised, int OrdersCancelled);
