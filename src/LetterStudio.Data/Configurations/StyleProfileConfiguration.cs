using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Styles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class StyleProfileConfiguration : IEntityTypeConfiguration<StyleProfile>
{
    public void Configure(EntityTypeBuilder<StyleProfile> b)
    {
        b.HasOne<Customer>().WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Cascade);
        // Versions are append-only; two editors saving at once both try version N+1 and one is refused here.
        b.HasIndex(p => new { p.CustomerId, p.Version }).IsUnique();
        b.Property(p => p.CreatedBy).HasMaxLength(Limits.Actor);
        b.Property(p => p.VoiceDescription).HasMaxLength(Limits.Reason);
        b.Property(p => p.Humour).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.SentenceLength).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Salutation).HasMaxLength(Limits.ShortText);
        b.Property(p => p.SignOff).HasMaxLength(Limits.ShortText);
        b.Property(p => p.SignatureName).HasMaxLength(Limits.Name);
        b.PrimitiveCollection(p => p.WordsToUse).HasField("_wordsToUse").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.PrimitiveCollection(p => p.WordsToAvoid).HasField("_wordsToAvoid").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.OwnsMany(p => p.PetNames, pn =>
        {
            pn.ToJson();
            pn.Property(x => x.Name).HasMaxLength(Limits.Name);
        });
        b.Navigation(p => p.PetNames).HasField("_petNames").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.OwnsOne(p => p.Look, look =>
        {
            look.Property(l => l.FontId).HasMaxLength(Limits.Key);
            look.Property(l => l.SignatureFontId).HasMaxLength(Limits.Key);
            look.Property(l => l.InkColour).HasMaxLength(7);
            look.Property(l => l.Stationery).HasConversion<string>().HasMaxLength(20);
            look.Property(l => l.Paper).HasConversion<string>().HasMaxLength(20);
        });
        b.Navigation(p => p.Look).IsRequired();
    }
}
