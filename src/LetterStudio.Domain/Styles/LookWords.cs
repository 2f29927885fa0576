namespace LetterStudio.Domain.Styles;

/// <summary>A look in the words a customer reads (the order page, the confirmation mail), not the studio's codes.</summary>
public static class LookWords
{
    public static string Paper(PaperSize paper) => paper switch
    {
        PaperSize.A5 => "A5 letter sheet",
        PaperSize.A4 => "A4 sheet",
        PaperSize.Letter => "US Letter sheet",
        PaperSize.Card5x7 => "5×7 card",
        _ => paper.ToString(),
    };

    public static string Stationery(Stationery stationery) => stationery switch
    {
        Styles.Stationery.Plain => "plain",
        Styles.Stationery.Ruled => "ruled",
        _ => stationery.ToString().ToLowerInvariant(),
    };

    /// <summary>A font id as a name: "la-belle-aurore" is "La Belle Aurore" (the catalogue's display names follow the same rule).</summary>
    public static string Hand(string fontId) =>
        string.Join(' ', fontId.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>"Kristi, blue-black ink, on a plain A5 letter sheet".</summary>
    public static string Describe(LetterLook look, string? handName = null) =>
        $"{handName ?? Hand(look.FontId)}, {StudioInks.NameOf(look.InkColour).ToLowerInvariant()} ink, on a {Stationery(look.Stationery)} {Paper(look.Paper)}";
}
