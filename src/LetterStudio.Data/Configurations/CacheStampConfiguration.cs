using LetterStudio.Data.Caching;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class CacheStampConfiguration : IEntityTypeConfiguration<CacheStamp>
{
    public void Configure(EntityTypeBuilder<CacheStamp> b)
    {
        b.ToTable("CacheStamps");
        b.HasKey(s => s.CustomerId);
        b.Property(s => s.CustomerId).ValueGeneratedNever();
        b.HasOne(s => s.Customer).WithOne().HasForeignKey<CacheStamp>(s => s.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
