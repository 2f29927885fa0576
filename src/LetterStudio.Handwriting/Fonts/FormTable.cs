using System.Collections.Frozen;
using System.Text.Json;

namespace LetterStudio.Handwriting.Fonts;

/// <summary>
/// The allographs of a hand file, read from its forms map (<c>&lt;Stem&gt;-LS.forms.json</c>, written by
/// fonts/tools/build_hands.py): per glyph id, every form of it, the glyph itself first. A glyph without
/// an entry has one form.
/// </summary>
internal sealed class FormTable
{
    private readonly FrozenDictionary<ushort, ushort[]> _forms;

    private FormTable(FrozenDictionary<ushort, ushort[]> forms) => _forms = forms;

    public static FormTable None { get; } = new(FrozenDictionary<ushort, ushort[]>.Empty);

    /// <summary>Most forms any glyph has (1 when the hand has no alternates).</summary>
    public int MostForms => _forms.Count == 0 ? 1 : _forms.Values.Max(f => f.Length);

    /// <summary>Every form of <paramref name="glyph"/>, itself at [0]; null when it has only itself.</summary>
    public ushort[]? FormsOf(ushort glyph) => _forms.GetValueOrDefault(glyph);

    public static FormTable Read(string path, int glyphCount)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var forms = new Dictionary<ushort, ushort[]>();
        if (!json.RootElement.TryGetProperty("forms", out var map))
            throw new InvalidDataException($"{path} has no \"forms\" map.");
        foreach (var entry in map.EnumerateObject())
        {
            var glyph = ushort.Parse(entry.Name, System.Globalization.CultureInfo.InvariantCulture);
            var all = new List<ushort> { glyph };
            all.AddRange(entry.Value.EnumerateArray().Select(e => e.GetUInt16()));
            if (all.Any(g => g >= glyphCount))
                throw new InvalidDataException($"{path}: a form of glyph {glyph} lies past the font's {glyphCount} glyphs.");
            if (all.Count > 1) forms[glyph] = all.Distinct().ToArray();
        }
        return new FormTable(forms.ToFrozenDictionary());
    }
}
