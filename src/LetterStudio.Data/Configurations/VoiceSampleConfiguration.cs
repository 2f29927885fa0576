using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Voice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class VoiceSampleConfiguration : IEntityTypeConfiguration<VoiceSample>
{
    public void Configure(EntityTypeBuilder<VoiceSample> b)
    {
        // Cascade: a customer's own writing goes with the customer when the account is erased.
        b.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Title).HasMaxLength(Limits.Name);
        b.Property(s => s.Text).HasMaxLength(VoiceSample.MaxText);
        b.Property(s => s.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.AddedBy).HasMaxLength(Limits.Actor);
        // The API lists a customer's samples per mode.
        b.HasIndex(s => new { s.CustomerId, s.IsTest });
    }
}
