using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class AnecdoteConfiguration : IEntityTypeConfiguration<Anecdote>
{
    public void Configure(EntityTypeBuilder<Anecdote> b)
    {
        b.Property(a => a.Text).HasMaxLength(Limits.AnecdoteText);
        b.Property(a => a.HappenedWhen).HasMaxLength(Limits.AnecdoteWhen);
        b.Property(a => a.AddedBy).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.AddedByName).HasMaxLength(Limits.Actor);
        b.PrimitiveCollection(a => a.Tags).HasField("_tags").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(a => a.When);
        b.Property(a => a.About).HasMaxLength(Limits.ShortText);
        // Flags as a number: "Death, Private" as text would not fit a string conversion's parse on every provider.
        b.Property(a => a.Sensitivity);
        b.OwnsMany(a => a.People, p =>
        {
            p.ToJson();
            p.Property(x => x.Name).HasMaxLength(Limits.Name);
            p.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        });
        b.Navigation(a => a.People).HasField("_people").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<Customer>().WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
        // Restrict, not cascade: SQL Server refuses two cascade paths from Customer to Anecdote.
        b.HasOne<Recipient>().WithMany().HasForeignKey(a => a.RecipientId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.CustomerId, a.RecipientId });
        b.Property(a => a.Version).IsConcurrencyToken();
    }
}
