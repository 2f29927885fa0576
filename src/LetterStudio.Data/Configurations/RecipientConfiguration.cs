using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class RecipientConfiguration : IEntityTypeConfiguration<Recipient>
{
    public void Configure(EntityTypeBuilder<Recipient> b)
    {
        b.Property(r => r.Name).HasMaxLength(Limits.Name);
        b.Property(r => r.CalledBy).HasMaxLength(Limits.Name);
        b.Property(r => r.Relationship).HasMaxLength(Limits.Name);
        b.Property(r => r.Greeting).HasMaxLength(Limits.ShortText);
        b.Property(r => r.SignOff).HasMaxLength(Limits.ShortText);
        b.Property(r => r.Signature).HasMaxLength(Limits.Name);
        b.Property(r => r.CallsClient).HasMaxLength(Limits.Name);
        b.Property(r => r.Closeness).HasConversion<string>().HasMaxLength(20);
        b.Ignore(r => r.Voice);
        b.OwnsOne(r => r.Address, PostalAddressMapping.Map);
        b.Navigation(r => r.Address).IsRequired();
        // The API's recipient list is per customer and mode.
        b.HasIndex(r => new { r.CustomerId, r.IsTest });
    }
}
