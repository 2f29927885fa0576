namespace LetterStudio.Drafting.Checks;

/// <summary>Where the frame of a letter sits in its text: salutation (first line), sign-off and signature (last two lines), body between.</summary>
internal sealed record LetterLayout(Line? Salutation, Line? SignOff, Line? Signature, int BodyStart, int BodyEnd)
{
    public static LetterLayout Of(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        foreach (var raw in text.Split('\n'))
        {
            var trimmed = raw.TrimEnd('\r');
            var lead = trimmed.Length - trimmed.TrimStart().Length;
            if (trimmed.Trim().Length > 0) lines.Add(new Line(trimmed.Trim(), start + lead));
            start += raw.Length + 1;
        }
        if (lines.Count == 0) return new LetterLayout(null, null, null, 0, 0);
        // A P.S. after the signature is part of the letter's end, not its signature.
        var bodyLimit = text.Length;
        if (lines.Count > 3 && lines[^1].Text.StartsWith(Models.LetterDraft.PostscriptLabel, StringComparison.OrdinalIgnoreCase))
        {
            bodyLimit = lines[^1].Offset;
            lines.RemoveAt(lines.Count - 1);
        }
        var salutation = lines[0];
        var signature = lines.Count >= 2 ? lines[^1] : null;
        var signOff = lines.Count >= 3 ? lines[^2] : null;
        var bodyStart = salutation.Offset + salutation.Text.Length;
        var bodyEnd = signOff?.Offset ?? signature?.Offset ?? bodyLimit;
        return new LetterLayout(salutation, signOff, signature, bodyStart, Math.Max(bodyStart, bodyEnd));
    }

    public string Body(string text) => text[BodyStart..BodyEnd];
}

internal sealed record Line(string Text, int Offset);
