namespace LetterStudio.Data.Caching;

/// <summary>A customer's two stamps as read together in one round trip.</summary>
public readonly record struct CustomerStamps(long Keys, long Orders);
