namespace LetterStudio.Domain.Styles;

/// <summary>What the customer calls one recipient in a letter ("my darling Mags").</summary>
public sealed record PetName(int RecipientId, string Name);
