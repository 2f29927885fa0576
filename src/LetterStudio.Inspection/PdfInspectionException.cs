namespace LetterStudio.Inspection;

/// <summary>The file is not a PDF that can be inspected.</summary>
public sealed class PdfInspectionException(string message, Exception? inner = null) : Exception(message, inner);
