namespace LetterStudio.Drafting.Setup;

/// <summary>The two drafting models: the OpenAI API (or a compatible server) and the offline, template-based composer.</summary>
public enum DraftingModelKind
{
    Offline = 0,
    OpenAI = 1,
}
