using LetterStudio.Domain.Common;
using LetterStudio.Domain.Occasions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class OccasionConfiguration : IEntityTypeConfiguration<Occasion>
{
    public void Configure(EntityTypeBuilder<Occasion> b)
    {
        b.HasKey(o => o.Key);
        b.Property(o => o.Key).HasMaxLength(Limits.Key);
        b.Property(o => o.Name).HasMaxLength(Limits.Name);
        b.Property(o => o.Description).HasMaxLength(Limits.ShortText);
    }
}
