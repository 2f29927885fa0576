using LetterStudio.Domain.Printing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class PrintBatchPartConfiguration : IEntityTypeConfiguration<PrintBatchPart>
{
    public void Configure(EntityTypeBuilder<PrintBatchPart> b)
    {
        b.HasIndex(p => new { p.PrintBatchId, p.PartNumber }).IsUnique();
        b.Property(p => p.DoneBy).HasMaxLength(200);
        b.Property(p => p.LettersSha256).HasMaxLength(64);
        b.Property(p => p.EnvelopesSha256).HasMaxLength(64);
        b.Ignore(p => p.LetterCount);
        b.Ignore(p => p.IsDone);
    }
}
