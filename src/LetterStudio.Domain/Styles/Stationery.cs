namespace LetterStudio.Domain.Styles;

public enum Stationery
{
    Plain = 0,
    Ruled = 1,
}
