using System.Text.RegularExpressions;
using LetterStudio.Domain.Anecdotes;

namespace LetterStudio.Drafting.Anecdotes;

/// <summary>
/// What an anecdote's "who is in it" part starts as on a form: what was recorded, or else what the words suggest
/// (<see cref="AnecdoteReading"/>), so the customer or the writer only corrects it.
/// </summary>
public static partial class AnecdoteSuggestion
{
    public sealed record Facts(bool WithRecipient, bool WithClient, IReadOnlyList<AnecdotePerson> Others, AnecdoteSensitivity Sensitivity, bool Recorded);

    public static Facts For(Anecdote a, IEnumerable<string> recipientNames)
    {
        if (a.Sensitivity is not null || a.People.Count > 0)
            return new Facts(a.People.Any(p => p.Role == PersonRole.Recipient), a.People.Any(p => p.Role == PersonRole.Client),
                [.. a.People.Where(p => p.Role == PersonRole.Other)], a.Sensitivity ?? AnecdoteSensitivity.None, true);
        var sensitivity = (AnecdoteSensitivity)(int)AnecdoteReading.SensitivityOf(a.Text, a.Tags);
        var dead = sensitivity.HasFlag(AnecdoteSensitivity.Death);
        var others = AnecdoteReading.OtherPeople(a.Text, recipientNames)
            // "her late father" has died; in a memory about a death, so has a relative the text names beside it.
            .Select(p => new AnecdotePerson(p, PersonRole.Other, p.Contains("late ", StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (dead && others.Count == 1 && !others[0].Deceased) others[0] = others[0] with { Deceased = true };
        return new Facts(a.RecipientId is not null, FirstPerson().IsMatch(a.Text), others, sensitivity, false);
    }

    [GeneratedRegex(@"\b(I|we|me|us|my|our)\b")]
    private static partial Regex FirstPerson();
}
