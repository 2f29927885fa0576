using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LetterStudio.Data.Configurations;

internal sealed class OrderAnecdoteConfiguration : IEntityTypeConfiguration<OrderAnecdote>
{
    public void Configure(EntityTypeBuilder<OrderAnecdote> b)
    {
        b.HasKey(a => new { a.OrderId, a.AnecdoteId });
        // Restrict: an anecdote chosen for an order cannot vanish from under it.
        b.HasOne<Anecdote>().WithMany().HasForeignKey(a => a.AnecdoteId).OnDelete(DeleteBehavior.Restrict);
    }
}
