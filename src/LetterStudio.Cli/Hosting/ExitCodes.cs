namespace LetterStudio.Cli.Hosting;

internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The request was understood but refused: bad input, illegal move, conflict.</summary>
    public const int Refused = 1;
    /// <summary>The command line itself was wrong (System.CommandLine's own parse errors also use 1; see README).</summary>
    public const int Usage = 2;
    public const int NotFound = 3;
    /// <summary>A setting is wrong or the database is not migrated.</summary>
    public const int NotReady = 4;
}
