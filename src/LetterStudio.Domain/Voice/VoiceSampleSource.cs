namespace LetterStudio.Domain.Voice;

/// <summary>How a voice sample arrived: typed or pasted, a plain-text file, or an email (.eml, its text part).</summary>
public enum VoiceSampleSource
{
    Pasted = 0,
    File = 1,
    Email = 2,
}
