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
        b.HasIndex(i => i.OrderId);
        b.Property(i => i.PulledReason).HasMaxLength(Limits.Reason);
        b.HasOne<Order>().WithMany().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LetterDocument>().WithMany().HasForeignKey(i => i.LetterDocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
