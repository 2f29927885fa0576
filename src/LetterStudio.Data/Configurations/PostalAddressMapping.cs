using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

/// <summary>One column layout for every postal address, owned by customers and recipients alike.</summary>
internal static class PostalAddressMapping
{
    public static void Map<TOwner>(OwnedNavigationBuilder<TOwner, PostalAddress> a) where TOwner : class
    {
        a.Property(x => x.Line1).HasMaxLength(Limits.AddressLine);
        a.Property(x => x.Line2).HasMaxLength(Limits.AddressLine);
        a.Property(x => x.City).HasMaxLength(Limits.AddressLine);
        a.Property(x => x.Region).HasMaxLength(Limits.AddressLine);
        a.Property(x => x.PostalCode).HasMaxLength(Limits.PostalCode);
        a.Property(x => x.CountryCode).HasMaxLength(Limits.CountryCode);
    }
}
