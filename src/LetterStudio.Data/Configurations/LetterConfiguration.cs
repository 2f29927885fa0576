using LetterStudio.Domain.Common;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class LetterConfiguration : IEntityTypeConfiguration<Letter>
{
    public void Configure(EntityTypeBuilder<Letter> b)
    {
        b.HasOne<Order>().WithOne().HasForeignKey<Letter>(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Property(l => l.Version).IsConcurrencyToken();
        b.Property(l => l.LastDraftError).HasMaxLength(Limits.Reason);
        b.Ignore(l => l.Current);
        b.HasMany(l => l.Revisions).WithOne().HasForeignKey(r => r.LetterId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(l => l.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
