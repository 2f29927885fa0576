using Microsoft.AspNetCore.Components;

namespace LetterStudio.Drafting.Templates;

/// <summary>The base every occasion template in templates/ inherits: it receives the typed prompt model.</summary>
public abstract class OccasionTemplate : ComponentBase
{
    [Parameter, EditorRequired]
    public LetterPromptModel Model { get; set; } = null!;
}
