using LetterStudio.Drafting.Checks;

namespace LetterStudio.Application.Letters;

/// <summary>One stored revision with its style check. <see cref="Candidate"/> is its place among the candidates asked for, from 1.</summary>
public sealed record DraftedRevision(int Number, int Candidate, string Text, StyleReport Checks);
