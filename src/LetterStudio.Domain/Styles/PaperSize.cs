namespace LetterStudio.Domain.Styles;

public enum PaperSize
{
    A5 = 0,
    A4 = 1,
    Letter = 2,
    Card5x7 = 3,
}
