namespace LetterStudio.Application.Orders;

/// <summary>Something asked for by id does not exist (or is not the asker's to see).</summary>
public sealed class NotFoundException(string what, object id) : Exception($"{what} {id} was not found.")
{
    public string What { get; } = what;
    public object Key { get; } = id;
}
