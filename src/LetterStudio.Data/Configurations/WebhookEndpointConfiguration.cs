using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> b)
    {
        b.Property(e => e.Url).HasMaxLength(WebhookEndpoint.UrlLength);
        b.Property(e => e.Secret).HasMaxLength(WebhookEndpoint.SecretLength);
        b.Property(e => e.Description).HasMaxLength(Limits.ShortText);
        b.Property(e => e.Version).IsConcurrencyToken();
        // Every saved status change asks: which active endpoints does this customer have?
        b.HasIndex(e => new { e.CustomerId, e.Active });
        b.HasOne<Customer>().WithMany().HasForeignKey(e => e.CustomerId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany<WebhookDelivery>().WithOne().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
    }
}
