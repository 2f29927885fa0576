namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// Chooses which form (allograph) of the hand draws each glyph, from the glyph, its neighbours, its
/// place in the word, how often it was written before and the seed: a hash, so the same letter and
/// seed always choose alike. Two rules on top: a doubled letter ("ll", "ee", "00") never repeats its
/// form, and a word written again in the same letter never repeats its sequence of forms (the
/// chooser remembers every word's sequences; on a repeat it changes one glyph's form). One chooser
/// serves one letter, in reading order, and draws on every form the hand file holds (six of each lowercase
/// letter and digit, three of the rest): each form used adds its outline to the PDF's font subset, which with
/// subsets numbered afresh and no matrix per word costs about 0.1x plain SkiaSharp more than three forms did.
/// Realism 0 has no chooser: every glyph is drawn in its own form.
/// </summary>
internal sealed class FormChooser(long seed)
{
    private readonly Dictionary<string, HashSet<ulong>> _written = new(StringComparer.Ordinal);
    // Keyed by font too: one letter is written in two hands (the body and the signature), whose glyph ids overlap.
    private readonly Dictionary<(HandwritingFont, ushort), int> _occurrences = [];

    public void Choose(string word, ShapedGlyph[] glyphs)
    {
        for (int i = 0; i < glyphs.Length; i++)
        {
            var forms = FormsOf(glyphs[i]);
            if (forms is null) continue;
            var key = (glyphs[i].Font, glyphs[i].BaseGlyph);
            int seen = _occurrences.GetValueOrDefault(key);
            _occurrences[key] = seen + 1;
            ulong hash = Hash(glyphs[i].BaseGlyph, i > 0 ? glyphs[i - 1].BaseGlyph : 0xFFFFUL,
                i + 1 < glyphs.Length ? glyphs[i + 1].BaseGlyph : 0xFFFFUL, (ulong)i, (ulong)seen);
            int form = (int)(hash % (ulong)forms.Length);
            if (Doubled(glyphs, i) && glyphs[i - 1].Glyph == forms[form])
                form = (form + 1 + (int)((hash >> 32) % (ulong)(forms.Length - 1))) % forms.Length;
            glyphs[i] = WithForm(glyphs[i], forms, form);
        }
        // "river," and "river." are the same word to a reader comparing them: remember the letters without the
        // punctuation around them, and their forms alone.
        var letters = word.Trim(TrimmedPunctuation);
        if (letters.Length == 0) letters = word;
        if (!_written.TryGetValue(letters, out var sequences)) _written[letters] = sequences = [];
        if (sequences.Add(Sequence(glyphs))) return;
        // Written before with these very forms: change one glyph, starting at a seeded place, to the first
        // form that keeps doubled letters apart and gives an unwritten sequence.
        int start = (int)(Hash((ulong)word.Length, (ulong)sequences.Count, 0, 0, 0) % (ulong)glyphs.Length);
        for (int step = 0; step < glyphs.Length; step++)
        {
            int i = (start + step) % glyphs.Length;
            var forms = FormsOf(glyphs[i]);
            if (forms is null) continue;
            var original = glyphs[i];
            int current = Math.Max(0, Array.IndexOf(forms, original.Glyph));
            for (int f = 1; f < forms.Length; f++)
            {
                int form = (current + f) % forms.Length;
                if (Doubled(glyphs, i) && glyphs[i - 1].Glyph == forms[form]) continue;
                if (i + 1 < glyphs.Length && Doubled(glyphs, i + 1) && glyphs[i + 1].Glyph == forms[form]) continue;
                glyphs[i] = WithForm(original, forms, form);
                if (sequences.Add(Sequence(glyphs))) return;
            }
            glyphs[i] = original;
        }
        // Every sequence of this word's forms is used up (a short word written very often): let it repeat.
    }

    private static ushort[]? FormsOf(ShapedGlyph glyph) => glyph.Font.IsFallback ? null : glyph.Font.Forms.FormsOf(glyph.BaseGlyph);

    private static bool Doubled(ShapedGlyph[] glyphs, int i) =>
        i > 0 && glyphs[i - 1].BaseGlyph == glyphs[i].BaseGlyph && glyphs[i - 1].Font == glyphs[i].Font;

    private static ShapedGlyph WithForm(ShapedGlyph glyph, ushort[] forms, int form)
    {
        var advances = glyph.Font.Face.AdvanceEm;
        ushort drawn = forms[form];
        // Form numbers count in the hand's full list of forms, the shaped glyph itself being 0.
        int number = Array.IndexOf(glyph.Font.Forms.FormsOf(glyph.BaseGlyph)!, drawn);
        // The shaper's advance holds the base glyph's width and its kerning: keep the kerning, take the form's own width.
        return glyph with { Glyph = drawn, Form = number, AdvanceEm = glyph.AdvanceEm - advances[glyph.Glyph] + advances[drawn] };
    }

    private static readonly char[] TrimmedPunctuation = [.. ".,;:!?\"'()[]“”‘’«»…—–-*"];

    private static ulong Sequence(ShapedGlyph[] glyphs)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (var g in glyphs)
            if (g.CodePoint < 0 || !System.Text.Rune.IsValid(g.CodePoint) || System.Text.Rune.IsLetterOrDigit(new System.Text.Rune(g.CodePoint)))
                h = (h ^ g.Glyph) * 0x100000001B3UL;
        return h;
    }

    private ulong Hash(ulong a, ulong b, ulong c, ulong d, ulong e)
    {
        ulong h = (ulong)seed * 0x9E3779B97F4A7C15UL;
        foreach (var v in (ReadOnlySpan<ulong>)[a, b, c, d, e])
        {
            h ^= v + 0x9E3779B97F4A7C15UL + (h << 6) + (h >> 2);
            h = Mix(h);
        }
        return h;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
