using LetterStudio.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.Property(d => d.EventId).HasMaxLength(WebhookDelivery.EventIdLength);
        b.Property(d => d.EventType).HasMaxLength(WebhookDelivery.EventTypeLength);
        b.Property(d => d.LastError).HasMaxLength(WebhookDelivery.ErrorLength);
        // The dispatcher claims a delivery by moving NextAttemptAt (its lease); a save from a dispatcher whose
        // lease was taken over meanwhile matches no row instead of overwriting the other one's result.
        b.Property(d => d.NextAttemptAt).IsConcurrencyToken();
        b.Ignore(d => d.IsPending);
        b.HasIndex(d => new { d.EndpointId, d.EventId }).IsUnique();
        // The dispatcher's question: what is unfinished and due?
        b.HasIndex(d => new { d.DeliveredAt, d.GivenUpAt, d.NextAttemptAt });
        b.HasMany(d => d.AttemptLog).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.AttemptLog).HasField("_attempts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
