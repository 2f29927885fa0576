using LetterStudio.Domain.Common;

namespace LetterStudio.Domain.Voice;

/// <summary>
/// Something the client wrote themselves (a past letter, a message), kept so letters can sound like them. It is user
/// text: shown as text and given to the drafting model only as quoted data. Like recipients and orders it has a mode:
/// a test API key's samples are seen only by test keys and never shape a real letter.
/// </summary>
public sealed class VoiceSample
{
    public const int MaxText = 20_000;

    public int Id { get; private set; }
    public int CustomerId { get; private set; }
    public bool IsTest { get; private set; }
    /// <summary>What it is, in the customer's words or the file's name ("Letter to Mum, 2019", "note.eml").</summary>
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";
    public VoiceSampleSource Source { get; private set; }
    public string AddedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    private VoiceSample() { }

    public VoiceSample(int customerId, string? title, string text, VoiceSampleSource source, bool isTest, string addedBy, DateTimeOffset now)
    {
        if (!Enum.IsDefined(source)) throw new DomainValidationException(nameof(Source), $"'{source}' is not a sample source.");
        CustomerId = customerId;
        IsTest = isTest;
        Source = source;
        Text = Guard.Required(text, nameof(Text), MaxText);
        if (VoiceAnalysis.WordCount(Text) < 5)
            throw new DomainValidationException(nameof(Text), "is too short to say anything about a voice: give at least a few sentences.");
        Title = Guard.Optional(title, nameof(Title), Limits.Name) ?? $"{(source == VoiceSampleSource.Email ? "Email" : source == VoiceSampleSource.File ? "File" : "Pasted")} of {now:d MMMM yyyy}";
        AddedBy = Guard.Required(addedBy, nameof(AddedBy), Limits.Actor);
        CreatedAt = now;
    }
}
