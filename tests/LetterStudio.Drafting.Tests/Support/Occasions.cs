using LetterStudio.Domain.Occasions;

namespace LetterStudio.Drafting.Tests.Support;

/// <summary>The standard occasion keys, as a test case source.</summary>
public static class Occasions
{
    public static IEnumerable<string> Keys() => Occasion.Standard().Select(o => o.Key);
}
