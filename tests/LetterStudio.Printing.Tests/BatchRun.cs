using LetterStudio.TestSupport;

namespace LetterStudio.Printing.Tests;

/// <summary>
/// A small batch built once per mode through the real writer and assembler: seven letters of 1-3
/// pages in three groups (cream, white, cream again), split into two parts mid-group.
/// </summary>
internal sealed class BatchRun
{
    public static readonly (int Sequence, string Group, bool Starts, int Pages)[] Shape =
    [
        (1, "cream", true, 1), (2, "cream", false, 2), (3, "cream", false, 3),
        (4, "white", true, 1), (5, "white", false, 3), (6, "white", false, 2),
        (7, "cream", true, 1),
    ];

    private static readonly Lazy<IReadOnlyList<BatchLetter>> SharedLetters =
        new(() => Shape.Select(s => TestLetters.Letter(s.Sequence, s.Group, s.Starts, s.Pages)).ToList());

    private BatchRun(bool duplex)
    {
        Duplex = duplex;
        Directory = TempFolder.Create(duplex ? "batch-duplex" : "batch-simplex");
        var settings = TestLetters.Settings(duplex);
        var writer = new BatchPartWriter(TestLetters.Renderer);
        Parts =
        [
            writer.WritePart(settings, Letters.Take(5).ToList(), Directory, 1, null, CancellationToken.None),
            writer.WritePart(settings, Letters.Skip(5).ToList(), Directory, 2, null, CancellationToken.None),
        ];
        Manifest = ManifestLine.FromParts(Parts);
        Files = new BatchAssembler().Assemble(settings, Parts, Manifest, Directory);
    }

    public bool Duplex { get; }
    public string Directory { get; }
    public IReadOnlyList<BatchLetter> Letters => SharedLetters.Value;
    public IReadOnlyList<PartFiles> Parts { get; }
    public IReadOnlyList<ManifestLine> Manifest { get; }
    public BatchFiles Files { get; }

    /// <summary>First PDF page (from 1) of a sheet in the combined letters PDF.</summary>
    public int PageOfSheet(int sheet) => Duplex ? 2 * sheet - 1 : sheet;

    private static readonly Dictionary<bool, BatchRun> Runs = [];

    public static BatchRun For(bool duplex)
    {
        lock (Runs)
        {
            if (!Runs.TryGetValue(duplex, out var run)) Runs[duplex] = run = new BatchRun(duplex);
            return run;
        }
    }

    public static void DeleteAll()
    {
        lock (Runs)
        {
            foreach (var run in Runs.Values) TempFolder.Delete(run.Directory);
            Runs.Clear();
        }
    }
}
