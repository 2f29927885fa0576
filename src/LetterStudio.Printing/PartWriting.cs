using LetterStudio.Handwriting;

namespace LetterStudio.Printing;

/// <summary>One run of <see cref="BatchPartWriter.WritePart"/>.</summary>
internal sealed class PartWriting(HandwritingRenderer renderer, BatchSettings settings, string directory, int partNumber)
{
    public PartFiles Run(IReadOnlyList<BatchLetter> letters, IProgress<int>? lettersDone, CancellationToken ct) =>
        throw new NotImplementedException($"{renderer}{settings}{directory}{partNumber}{letters}{lettersDone}{ct}");
}
