using System.Text.RegularExpressions;

namespace LetterStudio.Drafting.Checks;

/// <summary>One phrase a letter never uses: a cliché or a machine-sounding phrase, with the reason shown to the writer.</summary>
public sealed record Cliche(string Phrase, string Kind, string Reason);

/// <summary>The list kept as data in templates/cliches.txt, embedded at build; the model is told it and the check enforces it.</summary>
public static partial class Cliches
{
    public static IReadOnlyList<Cliche> All { get; } = Load();

    public static IEnumerable<(Cliche Cliche, Match Match)> Find(string text) =>
        All.SelectMany(c => Regex.Matches(text, $@"(?<![\p{{L}}']){Regex.Escape(c.Phrase).Replace("'", "['’]", StringComparison.Ordinal)}(?![\p{{L}}])", RegexOptions.IgnoreCase)
            .Select(m => (c, m)));

    private static List<Cliche> Load()
    {
        using var stream = typeof(Cliches).Assembly.GetManifestResourceStream("LetterStudio.Drafting.cliches.txt")
            ?? throw new InvalidOperationException("templates/cliches.txt is not embedded in LetterStudio.Drafting.");
        using var reader = new StreamReader(stream);
        var list = new List<Cliche>();
        while (reader.ReadLine() is { } line)
        {
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0) continue;
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            list.Add(new Cliche(parts[0], parts.Length > 1 ? parts[1] : "cliche", parts.Length > 2 ? parts[2] : ""));
        }
        return list;
    }
}
