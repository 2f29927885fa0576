namespace LetterStudio.Domain.Orders;

/// <summary>An anecdote chosen for an order. Pinned ones must appear in the letter, even if used before.</summary>
public sealed class OrderAnecdote
{
    public int OrderId { get; private set; }
    public int AnecdoteId { get; private set; }
    public bool Pinned { get; private set; }
    /// <summary>Picked by the customer when ordering, as opposed to added by the writer.</summary>
    public bool PickedByCustomer { get; private set; }

    private OrderAnecdote() { }

    internal OrderAnecdote(int anecdoteId, bool pinned, bool pickedByCustomer)
    {
        AnecdoteId = anecdoteId;
        Pinned = pinned;
        PickedByCustomer = pickedByCustomer;
    }

    internal void SetPinned(bool pinned) => Pinned = pinned;
}
