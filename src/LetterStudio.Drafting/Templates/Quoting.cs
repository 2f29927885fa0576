using System.Text;

namespace LetterStudio.Drafting.Templates;

/// <summary>
/// User text in a prompt is a JSON string literal between fixed markers. JSON escaping means the text cannot end
/// its own quotes, and &lt; and &gt; are escaped too, so it cannot spell the <see cref="DataClose"/> marker.
/// Letters of any script and emoji stay as they are, so the model reads them naturally; the escaping is JSON's.
/// </summary>
public static class Quoting
{
    public const string DataOpen = "<<<DATA";
    public const string DataClose = "DATA>>>";

    public static string Quote(string? value)
    {
        var quoted = new StringBuilder((value?.Length ?? 0) + 2).Append('"');
        foreach (var c in value ?? "")
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                // Control characters, line separators (which end a line for some readers) and the marker characters.
                case < ' ' or '\u2028' or '\u2029' or '<' or '>': quoted.Append($"\\u{(int)c:x4}"); break;
                default: quoted.Append(c); break;
            }
        }
        return quoted.Append('"').ToString();
    }

    public static string QuoteList(IEnumerable<string> values) => string.Join(", ", values.Select(Quote));
}
