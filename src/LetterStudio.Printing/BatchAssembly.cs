namespace LetterStudio.Printing;

/// <summary>One run of <see cref="BatchAssembler.Assemble"/>.</summary>
internal sealed class BatchAssembly(BatchSettings settings, IReadOnlyList<PartFiles> parts, IReadOnlyList<ManifestLine> manifest, string directory)
{
    public BatchFiles Run(CancellationToken ct) => throw new NotImplementedException($"{settings}{parts}{manifest}{directory}{ct}");
}
