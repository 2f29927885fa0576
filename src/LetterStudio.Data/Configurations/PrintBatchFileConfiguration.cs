using LetterStudio.Domain.Printing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class PrintBatchFileConfiguration : IEntityTypeConfiguration<PrintBatchFile>
{
    public void Configure(EntityTypeBuilder<PrintBatchFile> b)
    {
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.RelativePath).HasMaxLength(400);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Ignore(f => f.FileName);
    }
}
