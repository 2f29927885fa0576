using LetterStudio.Domain.Common;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Styles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class LetterRevisionConfiguration : IEntityTypeConfiguration<LetterRevision>
{
    public void Configure(EntityTypeBuilder<LetterRevision> b)
    {
        b.HasIndex(r => new { r.LetterId, r.Number }).IsUnique();
        b.Property(r => r.Text).HasMaxLength(Limits.LetterText);
        b.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Author).HasMaxLength(Limits.Actor);
        b.Property(r => r.ModelName).HasMaxLength(Limits.Key);
        b.Property(r => r.PromptFingerprint).HasMaxLength(64);
        b.Property(r => r.Note).HasMaxLength(Limits.Reason);
        b.PrimitiveCollection(r => r.AnecdoteIds).HasField("_anecdoteIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<StyleProfile>().WithMany().HasForeignKey(r => r.StyleProfileId).OnDelete(DeleteBehavior.Restrict);
    }
}
