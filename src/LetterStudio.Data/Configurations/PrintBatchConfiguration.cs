using LetterStudio.Domain.Common;
using LetterStudio.Domain.Printing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class PrintBatchConfiguration : IEntityTypeConfiguration<PrintBatch>
{
    public void Configure(EntityTypeBuilder<PrintBatch> b)
    {
        b.Property(p => p.Paper).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.CreatedBy).HasMaxLength(Limits.Actor);
        b.Property(p => p.PrintedBy).HasMaxLength(Limits.Actor);
        b.Property(p => p.MailedBy).HasMaxLength(Limits.Actor);
        b.Property(p => p.FailureReason).HasMaxLength(Limits.Reason);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => p.Status);
        b.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PrintBatchId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(p => p.Parts).WithOne().HasForeignKey(i => i.PrintBatchId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Parts).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(p => p.Files).WithOne().HasForeignKey(i => i.PrintBatchId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Files).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
