using LetterStudio.Domain.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class LetterDocumentConfiguration : IEntityTypeConfiguration<LetterDocument>
{
    public void Configure(EntityTypeBuilder<LetterDocument> b)
    {
        b.HasOne<Letter>().WithMany().HasForeignKey(d => d.LetterId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.LetterId, d.RevisionNumber });
        b.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
    }
}
