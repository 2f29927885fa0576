namespace LetterStudio.Application.Privacy;

/// <summary>An account cannot be erased yet: a writer or the print room is working on these orders.</summary>
public sealed class ErasureBlockedException(IReadOnlyList<ErasureBlocker> blockers)
    : Exception("Letters are on their way: " + string.Join("; ", blockers.Select(b => b.Sentence)) + ".")
{
    public IReadOnlyList<ErasureBlocker> Blockers { get; } = blockers;
}
