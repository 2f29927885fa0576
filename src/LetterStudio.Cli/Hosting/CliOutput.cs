using System.CommandLine;
using Spectre.Console;

namespace LetterStudio.Cli.Hosting;

/// <summary>
/// Where a command writes: the run's configured output and error (the process's console unless a caller, such as a
/// test running the command tree in process, gave its own writers). Never Console directly, so runs can be captured.
/// </summary>
internal static class CliOutput
{
    public static TextWriter Out(this ParseResult parse) => parse.InvocationConfiguration.Output;

    public static TextWriter Error(this ParseResult parse) => parse.InvocationConfiguration.Error;

    /// <summary>Spectre's tables and progress bars on the run's output; it detects colour and width from that writer as it would from the console.</summary>
    public static IAnsiConsole Ansi(this ParseResult parse) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parse.Out()) });
}
