using Microsoft.ML.Tokenizers;

namespace LetterStudio.Drafting.Prompts;

/// <summary>
/// Counts tokens with o200k_base, the encoding of the gpt-4o family. Other servers' models tokenise a little
/// differently; the budget is a ceiling to stay well under, not an exact fit.
/// </summary>
public sealed class TokenCounter
{
    private readonly Lazy<Tokenizer> _tokenizer = new(() => TiktokenTokenizer.CreateForModel("gpt-4o"));

    public int Count(string text) => _tokenizer.Value.CountTokens(text);
}
