using LetterStudio.Domain.Common;
using LetterStudio.Domain.Printing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class PrintReprintConfiguration : IEntityTypeConfiguration<PrintReprint>
{
    public void Configure(EntityTypeBuilder<PrintReprint> b)
    {
        b.Property(r => r.Reason).HasMaxLength(Limits.Reason);
        b.Property(r => r.RequestedBy).HasMaxLength(Limits.Actor);
        b.HasOne<PrintBatchItem>().WithMany().HasForeignKey(r => r.PrintBatchItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PrintBatchFile>().WithMany().HasForeignKey(r => r.PrintBatchFileId).OnDelete(DeleteBehavior.Restrict);
    }
}
