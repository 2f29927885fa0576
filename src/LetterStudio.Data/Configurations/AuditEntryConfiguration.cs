using LetterStudio.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(e => e.Actor).HasMaxLength(AuditEntry.TextLength);
        b.Property(e => e.Action).HasMaxLength(AuditEntry.TextLength);
        b.Property(e => e.Subject).HasMaxLength(AuditEntry.TextLength);
        b.Property(e => e.ClientAddress).HasMaxLength(AuditEntry.TextLength);
        // An account's history: "everything about this address", newest first.
        b.HasIndex(e => new { e.Subject, e.Id });
    }
}
