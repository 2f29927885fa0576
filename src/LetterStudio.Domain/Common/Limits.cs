namespace LetterStudio.Domain.Common;

/// <summary>Column sizes shared by the entities' guards and the database configuration, so the two never disagree.</summary>
public static class Limits
{
    public const int Name = 200;
    public const int Email = 254;
    public const int AddressLine = 200;
    public const int PostalCode = 20;
    public const int CountryCode = 2;
    public const int AnecdoteText = 20_000;
    public const int AnecdoteWhen = 100;
    public const int Tag = 50;
    public const int Brief = 8_000;
    public const int LetterText = 100_000;
    public const int Reason = 2_000;
    public const int Actor = 256;
    public const int ShortText = 500;
    public const int Key = 100;
}
