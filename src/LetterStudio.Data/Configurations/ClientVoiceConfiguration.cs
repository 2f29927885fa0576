using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Voice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class ClientVoiceConfiguration : IEntityTypeConfiguration<ClientVoice>
{
    public void Configure(EntityTypeBuilder<ClientVoice> b)
    {
        b.HasOne<Customer>().WithMany().HasForeignKey(v => v.CustomerId).OnDelete(DeleteBehavior.Cascade);
        // One set of corrections per customer: two writers saving at once update the same row.
        b.HasIndex(v => v.CustomerId).IsUnique();
        b.Property(v => v.Spelling).HasConversion<string>().HasMaxLength(20);
        b.PrimitiveCollection(v => v.Favourites).HasField("_favourites").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(v => v.Notes).HasMaxLength(Limits.Reason);
        b.Property(v => v.EditedBy).HasMaxLength(Limits.Actor);
    }
}
