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
