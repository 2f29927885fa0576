namespace LetterStudio.Data;

/// <summary>Someone else saved the same order or letter first; this save was refused and nothing was written.</summary>
public sealed class ConcurrencyConflictException(string what, object id, Exception inner)
    : Exception($"{what} {id} was changed by someone else since you opened it; reload it and try again. Nothing was saved.", inner)
{
    public string What { get; } = what;
    public object Key { get; } = id;
}
