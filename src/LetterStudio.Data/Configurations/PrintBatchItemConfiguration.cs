using LetterStudio.Domain.Common;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Printing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class PrintBatchItemConfiguration : IEntityTypeConfiguration<PrintBatchItem>
{
    public void Configure(EntityTypeBuilder<PrintBatchItem> b)
    {
        b.HasIndex(i => new { i.PrintBatchId, i.Sequence }).IsUnique();
        b.HasIndex(i => new { i.PrintBatchId, i.PartNumber });
        // A letter is in at most one open batch. Brackets quote the column in SQL Server and SQLite alike.
        b.HasIndex(i => i.OrderId).IsUnique().HasFilter("[IsOpen] = 1").HasDatabaseName("IX_PrintBatchItems_OrderId_Open");
        // "Is this letter in an open batch?" for every waiting letter (PrintQueue). SQLite cannot use the filtered
        // index above for it (the query's test is `IsOpen`, not `IsOpen = 1`) and scanned every item per order:
        // with 10,000 items printed before, listing 10,000 waiting letters took 7 s.
        b.HasIndex(i => new { i.OrderId, i.IsOpen }).HasDatabaseName("IX_PrintBatchItems_OrderId_IsOpen");
        b.Property(i => i.GroupKey).HasMaxLength(Limits.Key);
        b.Property(i => i.GroupLabel).HasMaxLength(200);
        b.Property(i => i.FailureReason).HasMaxLength(Limits.Reason);
        b.Property(i => i.PulledReason).HasMaxLength(Limits.Reason);
        b.Property(i => i.PulledBy).HasMaxLength(Limits.Actor);
        b.Ignore(i => i.EnvelopeNumber);
        b.Ignore(i => i.IsPrintable);
        b.HasOne<Order>().WithMany().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LetterDocument>().WithMany().HasForeignKey(i => i.LetterDocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
