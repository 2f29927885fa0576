namespace LetterStudio.Printing;

/// <summary>A letter left out of a part, and why.</summary>
/// <param name="Sequence">The letter's mailing order.</param>
/// <param name="OrderId">Its order.</param>
/// <param name="Reason">What was wrong, for the print room (e.g. "letter PDF unreadable: no xref table").</param>
public sealed record LetterFailure(int Sequence, int OrderId, string Reason);
