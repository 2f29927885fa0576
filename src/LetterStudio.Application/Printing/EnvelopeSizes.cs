using LetterStudio.Handwriting;

namespace LetterStudio.Application.Printing;

/// <summary>The envelope a letter to a country goes in; the print room and the check when an address is saved use the same rule.</summary>
public static class EnvelopeSizes
{
    /// <summary>North American post takes No. 10; elsewhere a DL envelope holds an A4 or A5 letter folded.</summary>
    public static EnvelopeSize For(string country) => country.ToUpperInvariant() is "US" or "CA" ? EnvelopeSize.No10 : EnvelopeSize.DL;
}
