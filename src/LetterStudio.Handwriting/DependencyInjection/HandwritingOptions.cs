using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Handwriting;

/// <summary>Configuration of the handwriting engine, bound from the "Handwriting" section.</summary>
public sealed class HandwritingOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Handwriting";

    /// <summary>Folder holding fonts.json and the font files; by default the fonts copied beside the app.</summary>
    [Required]
    public string FontsPath { get; set; } = FontLibrary.DefaultDirectory;
}
