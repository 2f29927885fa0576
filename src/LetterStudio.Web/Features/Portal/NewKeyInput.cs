namespace LetterStudio.Web.Features.Portal;

/// <summary>The "create a key" form; the name is checked by the domain.</summary>
public sealed class NewKeyInput
{
    public string? Name { get; set; }
    /// <summary>"live" or "test".</summary>
    public string Mode { get; set; } = "test";
}
