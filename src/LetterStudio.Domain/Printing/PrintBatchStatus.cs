namespace LetterStudio.Domain.Printing;

public enum PrintBatchStatus
{
    Open = 0,
    Building = 1,
    Built = 2,
    Printed = 3,
    Mailed = 4,
    Failed = 5,
}
