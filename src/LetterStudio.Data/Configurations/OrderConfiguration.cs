using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Occasions;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Brief).HasMaxLength(Limits.Brief);
        b.Property(o => o.Avoid).HasMaxLength(Limits.Brief);
        b.Property(o => o.Currency).HasMaxLength(3).IsFixedLength();
        b.Property(o => o.AssignedWriter).HasMaxLength(Limits.Actor);
        b.Property(o => o.IdempotencyKey).HasMaxLength(Limits.Key);
        b.Property(o => o.RequestHash).HasMaxLength(64);
        b.Property(o => o.OccasionKey).HasMaxLength(Limits.Key);
        b.Property(o => o.Version).IsConcurrencyToken();
        // The order's own look, in the order's row (Look_FontId...): a later order or a profile edit never reaches it.
        b.OwnsOne(o => o.Look, look =>
        {
            look.Property(l => l.FontId).HasMaxLength(Limits.Key);
            look.Property(l => l.SignatureFontId).HasMaxLength(Limits.Key);
            look.Property(l => l.InkColour).HasMaxLength(7);
            look.Property(l => l.Stationery).HasConversion<string>().HasMaxLength(20);
            look.Property(l => l.Paper).HasConversion<string>().HasMaxLength(20);
        });
        b.Navigation(o => o.Look).IsRequired();
        b.Ignore(o => o.Reference);
        b.Ignore(o => o.MergeFields);
        b.Property(o => o.MergeFieldsJson).HasMaxLength(Limits.Brief * 2);
        // A repeat points at last year's order; the index also finds "has this one been repeated yet?".
        b.HasOne<Order>().WithMany().HasForeignKey(o => o.RepeatOfOrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => o.RepeatOfOrderId);

        b.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Recipient>().WithMany().HasForeignKey(o => o.RecipientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Occasion>().WithMany().HasForeignKey(o => o.OccasionKey).OnDelete(DeleteBehavior.Restrict);

        b.HasMany(o => o.History).WithOne().HasForeignKey(h => h.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(o => o.Anecdotes).WithOne().HasForeignKey(a => a.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.Anecdotes).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.HasIndex(o => o.Status);
        b.HasIndex(o => o.AssignedWriter);
        b.HasIndex(o => o.RequestedDeliveryDate);
        // A customer's idempotency key identifies one order in its mode; a retried request finds it instead of placing
        // another, and the same key used in test and live mode names two orders, never one.
        b.HasIndex(o => new { o.CustomerId, o.IsTest, o.IdempotencyKey }).IsUnique();
        // A customer's orders in one mode newest first (the API's order list): a seek, not a sort of all their orders.
        b.HasIndex(o => new { o.CustomerId, o.IsTest, o.Id });
        // The same list filtered by status: the page's ids come from this index alone, without reading a row.
        b.HasIndex(o => new { o.CustomerId, o.IsTest, o.Status, o.Id });
    }
}
