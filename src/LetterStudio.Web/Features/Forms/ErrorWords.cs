using LetterStudio.Domain.Common;

namespace LetterStudio.Web.Features.Forms;

/// <summary>A refusal as a person reads it: a field in words (<see cref="FieldWords"/>) and never a code name like "OrderIds:".</summary>
public static class ErrorWords
{
    public static string Of(Exception ex) => ex is DomainValidationException d ? FieldWords.Sentence(d) : ex.Message;
}
