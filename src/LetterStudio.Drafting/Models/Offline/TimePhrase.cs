using System.Text.RegularExpressions;

namespace LetterStudio.Drafting.Models.Offline;

/// <summary>
/// When a memory happened, said the way a person says it in a letter rather than as a record's date field: "back in
/// the eighties", "in the spring of 2021", "on the second of March 2009". Three forms, so the time can open the
/// memory (<see cref="Lead"/>), close its first sentence (<see cref="Tail"/>) or be what the client thinks back to
/// (<see cref="Noun"/>, "I often think back to the spring of 2021, when…").
/// </summary>
internal sealed partial record TimePhrase(string Lead, string Tail, string Noun)
{
    private static readonly string[] Decades = ["", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    public static TimePhrase Of(string when)
    {
        var w = when.Trim().TrimEnd('.');
        if (Decade().Match(w) is { Success: true } d)
        {
            var year = int.Parse(d.Groups["y"].Value);
            // "the eighties" for the last century; "the 2010s" is no one's way of saying it, so recent decades are "years".
            if (year >= 2000) return new("For years", "for years", "those years");
            var noun = "the " + Decades[year % 100 / 10];
            return new($"Back in {noun}", $"back in {noun}", noun);
        }
        if (Season().Match(w) is { Success: true } s)
        {
            var noun = $"the {s.Groups["s"].Value.ToLowerInvariant()} of {s.Groups["y"].Value}";
            return new($"In {noun}", $"in {noun}", noun);
        }
        if (DayMonthYear().Match(w) is { Success: true } dm)
        {
            var noun = $"the {Numbers.Ordinal(int.Parse(dm.Groups["d"].Value))} of {dm.Groups["m"].Value} {dm.Groups["y"].Value}";
            return new($"On {noun}", $"on {noun}", noun);
        }
        if (MonthYear().IsMatch(w)) return new($"In {w}", $"in {w}", w);
        if (Year().IsMatch(w)) return new($"In {w}", $"back in {w}", w);
        if (RelativeStart().IsMatch(w))
        {
            var lower = char.ToLowerInvariant(w[0]) + w[1..];
            return new(Numbers.Capital(lower), lower, lower);
        }
        return new($"In {w}", $"in {w}", w);
    }

    [GeneratedRegex(@"^(?:the\s+)?(?:late\s+|early\s+|mid-?\s*)?(?<y>\d{3}0)['’]?s$", RegexOptions.IgnoreCase)]
    private static partial Regex Decade();

    [GeneratedRegex(@"^(?:the\s+)?(?<s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Season();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(last|this|that|one|every|when|after|before|during|years ago|the day|the night|the morning|the summer|the winter|the spring|the autumn|the year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeStart();
}
