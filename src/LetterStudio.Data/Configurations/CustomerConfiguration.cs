using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> b)
    {
        b.Property(c => c.Name).HasMaxLength(Limits.Name);
        b.Property(c => c.Email).HasMaxLength(Limits.Email);
        b.HasIndex(c => c.Email).IsUnique();
        b.OwnsOne(c => c.Address, PostalAddressMapping.Map);
        b.HasMany(c => c.Recipients).WithOne(r => r.Customer).HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Recipients).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
