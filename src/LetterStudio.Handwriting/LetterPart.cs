namespace LetterStudio.Handwriting;

/// <summary>Which part of a letter or envelope a line of text belongs to.</summary>
public enum LetterPart
{
    /// <summary>The date line.</summary>
    Date,
    /// <summary>The salutation.</summary>
    Salutation,
    /// <summary>A body paragraph; the paragraph's index is given alongside.</summary>
    Paragraph,
    /// <summary>The closing.</summary>
    Closing,
    /// <summary>The signature.</summary>
    Signature,
    /// <summary>The postscript.</summary>
    Postscript,
    /// <summary>A line of an envelope's recipient address; its index is given alongside.</summary>
    Recipient,
    /// <summary>A line of an envelope's return address; its index is given alongside.</summary>
    ReturnAddress,
}
