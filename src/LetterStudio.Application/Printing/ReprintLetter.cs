using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Printing;
using LetterStudio.Printing;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Printing;

/// <summary>Writes a letter of a built or printed batch again, alone, from its stored document (same sheets, mark and envelope), and records why.</summary>
public sealed class ReprintLetter(LetterStudioDbContext db, BatchPartWriter writer, PrintFolders folders, IOptions<PrintingOptions> options, TimeProvider time)
{
    public async Task<PrintBatchFile> HandleAsync(int batchId, int orderId, string reason, string actor, CancellationToken ct = default)
    {
        var batch = await BatchRows.LoadAsync(db, batchId, ct);
        if (batch.Status is not (PrintBatchStatus.Built or PrintBatchStatus.Printed))
            throw new DomainValidationException("Status", $"batch {batchId} is {batch.Status}; only a built or printed batch has letters to reprint.");
        var item = batch.Items.SingleOrDefault(i => i.OrderId == orderId && i.IsPrintable) ?? throw new NotFoundException("Letter in batch", orderId);
        var reprint = new PrintReprint(item.Id, reason, actor, time.GetUtcNow());
        db.PrintReprints.Add(reprint);
        await db.SaveChangesAsync(ct);

        var letter = (await PartLetters.LoadAsync(db, batchId, item.PartNumber, ct)).Single(l => l.OrderId == orderId) with { StartsGroup = false };
        var files = writer.WritePart(PrintBatchSettings.For(batch, options.Value), [letter], folders.Reprints(batchId), reprint.Id, null, ct);
        if (files.Failures.Count > 0) throw new DomainValidationException("Letter", $"{Order.ReferenceOf(orderId)} cannot be printed: {files.Failures[0].Reason}");
        File.Delete(files.EnvelopesPdf.Path);
        var file = new PrintBatchFile(PrintFileKind.Reprint, folders.Relative(files.LettersPdf.Path), files.LettersPdf.Bytes, files.LettersPdf.Sha256, files.LettersPdf.Pages);
        batch.AddReprintFile(file);
        await db.SaveChangesAsync(ct);
        reprint.Written(file.Id);
        await db.SaveChangesAsync(ct);
        return file;
    }
}
