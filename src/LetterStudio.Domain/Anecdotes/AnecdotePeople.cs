using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Anecdotes;

/// <summary>
/// The other people in a memory as a form or a CSV cell writes them: comma-separated names, each marked "(deceased)",
/// "(died)" or "(late)" when they have died: "Grandma Rose (deceased), Tom". The recipient and the client are ticked
/// separately, not written here.
/// </summary>
public static class AnecdotePeople
{
    private static readonly string[] DeceasedMarks = ["(deceased)", "(died)", "(late)", "(dead)", "(passed away)", "†"];

    public static IReadOnlyList<AnecdotePerson> Parse(string? text, string field = "People")
    {
        var people = new List<AnecdotePerson>();
        foreach (var raw in (text ?? "").Split([',', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = raw;
            var deceased = false;
            foreach (var mark in DeceasedMarks)
            {
                if (name.Contains(mark, StringComparison.OrdinalIgnoreCase))
                {
                    deceased = true;
                    name = name.Replace(mark, "", StringComparison.OrdinalIgnoreCase).Trim();
                }
            }
            if (name.StartsWith("late ", StringComparison.OrdinalIgnoreCase)) (name, deceased) = (name[5..].Trim(), true);
            name = Guard.Required(name, field, Limits.Name);
            PrintableText.Check(name, field);
            if (!people.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))) people.Add(new AnecdotePerson(name, PersonRole.Other, deceased));
        }
        return people;
    }

    public static string Format(IEnumerable<AnecdotePerson> people) =>
        string.Join(", ", people.Where(p => p.Role == PersonRole.Other).Select(p => p.Deceased ? $"{p.Name} (deceased)" : p.Name));

    /// <summary>Sensitivity from words: "death, illness", "private", "none" or empty (unknown: null).</summary>
    public static AnecdoteSensitivity? ParseSensitivity(string? text, string field = "Sensitivity")
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = AnecdoteSensitivity.None;
        foreach (var word in text.Split([',', ';', '|', ' '], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            s |= word.ToLowerInvariant() switch
            {
                "none" => AnecdoteSensitivity.None,
                "death" or "bereavement" or "grief" => AnecdoteSensitivity.Death,
                "illness" or "health" => AnecdoteSensitivity.Illness,
                "private" => AnecdoteSensitivity.Private,
                _ => throw new DomainValidationException(field, $"'{word}' is not a sensitivity; use none, death, illness or private (several separated by commas)."),
            };
        }
        return s;
    }
}
