using LetterStudio.Domain.Printing;
using LetterStudio.Printing;

namespace LetterStudio.Application.Printing;

/// <summary>What the print files of a batch are written with: its own choices and the studio's return address.</summary>
public static class PrintBatchSettings
{
    public static BatchSettings For(PrintBatch batch, PrintingOptions options) =>
        new(batch.Id, batch.Duplex, batch.Paper?.ToString() ?? "mixed paper", options.ReturnAddress, batch.CreatedAt);
}
