namespace LetterStudio.Domain.Anecdotes;

/// <summary>Someone in a memory: a named other keeps their name and pronouns in a letter; the deceased stay in the past tense.</summary>
public sealed record AnecdotePerson(string Name, PersonRole Role, bool Deceased = false);
