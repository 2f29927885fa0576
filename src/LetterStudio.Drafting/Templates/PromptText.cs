using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace LetterStudio.Drafting.Templates;

/// <summary>
/// Turns a template's HTML into plain prompt text. User text is HTML-encoded by Razor, so every tag in the HTML is
/// the template's own: splitting on the two sections and stripping tags cannot be steered by an anecdote.
/// </summary>
internal static partial class PromptText
{
    public static RenderedPrompt FromHtml(string html, string templateName)
    {
        var instructions = Section(html, "instructions", templateName);
        var data = Section(html, "data", templateName);
        return new RenderedPrompt(ToText(instructions), ToText(data));
    }

    private static string Section(string html, string part, string templateName)
    {
        var match = SectionPattern().Matches(html).FirstOrDefault(m => m.Groups["part"].Value == part)
            ?? throw new InvalidOperationException($"{templateName} rendered no <section data-part=\"{part}\">; templates wrap their text in <LetterInstructions>.");
        return match.Groups["body"].Value;
    }

    private static string ToText(string html)
    {
        var withBreaks = BlockEnd().Replace(html, "\n");
        var text = WebUtility.HtmlDecode(AnyTag().Replace(withBreaks, ""));
        // One line per paragraph or list item; the blank lines Razor leaves between elements carry no meaning.
        var lines = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = Spaces().Replace(raw, " ").Trim();
            if (line.Length > 0) lines.Append(line).Append('\n');
        }
        return lines.ToString().TrimEnd();
    }

    [GeneratedRegex("""<section data-part="(?<part>[a-z]+)">(?<body>.*?)</section>""", RegexOptions.Singleline)]
    private static partial Regex SectionPattern();

    [GeneratedRegex("</(p|li|ol|ul|h[1-6])>|<br\\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("[ \\t\\r]+")]
    private static partial Regex Spaces();
}
