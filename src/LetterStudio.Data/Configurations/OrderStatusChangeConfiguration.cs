using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<OrderStatusChange>
{
    public void Configure(EntityTypeBuilder<OrderStatusChange> b)
    {
        b.ToTable("OrderHistory");
        b.Property(h => h.From).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.To).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.Actor).HasMaxLength(Limits.Actor);
        b.Property(h => h.Reason).HasMaxLength(Limits.Reason);
        b.HasIndex(h => new { h.OrderId, h.At });
    }
}
