namespace LetterStudio.Drafting.Templates;

/// <summary>
/// The client's voice as their own writing shows it: up to three excerpts (user text, quoted as data), notes on their
/// habits in the studio's words (sentence length, contractions, punctuation, spelling) and their favourite words and
/// phrases (user text too).
/// </summary>
public sealed record ClientVoiceExamples(IReadOnlyList<string> Excerpts, IReadOnlyList<string> Notes, IReadOnlyList<string> Favourites, string? WriterNotes = null)
{
    public static readonly ClientVoiceExamples None = new([], [], []);

    public bool Any => Excerpts.Count > 0 || Notes.Count > 0 || Favourites.Count > 0 || WriterNotes is not null;
}
