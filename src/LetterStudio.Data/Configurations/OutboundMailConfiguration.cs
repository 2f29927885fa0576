using LetterStudio.Data.Mail;
using LetterStudio.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class OutboundMailConfiguration : IEntityTypeConfiguration<OutboundMail>
{
    public void Configure(EntityTypeBuilder<OutboundMail> b)
    {
        b.ToTable("MailOutbox");
        b.Property(m => m.To).HasMaxLength(Limits.Email);
        b.Property(m => m.Subject).HasMaxLength(Limits.ShortText);
        b.Property(m => m.TextBody).HasMaxLength(Limits.Brief);
        // HTML carries markup around the same words; unbounded (nvarchar(max)) rather than a guess at its size.
        b.Property(m => m.HtmlBody);
        b.Property(m => m.LastError).HasMaxLength(Limits.Reason);
        // The dispatcher's question: what is unsent and due?
        b.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
