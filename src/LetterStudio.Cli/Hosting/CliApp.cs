using System.CommandLine;
using LetterStudio.Cli.ApiKeys;
using LetterStudio.Cli.Database;
using LetterStudio.Cli.Drafting;
using LetterStudio.Cli.Handwriting;
using LetterStudio.Cli.Inspection;
using LetterStudio.Cli.Letters;
using LetterStudio.Cli.Orders;
using LetterStudio.Cli.Printing;

namespace LetterStudio.Cli.Hosting;

/// <summary>
/// The command tree. Program.cs runs it on the console; tests run it in process with their own output, error and
/// settings, which is what a `letterstudio` process would do with those environment variables, without starting one.
/// </summary>
public static class CliApp
{
    public static RootCommand CreateRoot(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var cli = new CliHost(settings ?? new Dictionary<string, string?>());
        var root = new RootCommand("LetterStudio: the studio's command line. Settings come from appsettings.json and environment variables, as for the web app.")
        {
            DbCommands.Create(cli),
            OrdersCommands.Create(cli),
            LettersCommands.Create(cli),
            ApiKeyCommands.Create(cli),
            PrintCommands.Create(cli),
            WorkerCommand.Create(cli),
            LetterStudio.Cli.Health.HealthCommand.Create(cli),
            InspectCommand.Create(),
        };
        foreach (var command in HandwritingCommands.Create()) root.Subcommands.Add(command);
        foreach (var command in DraftingCommands.Create(cli)) root.Subcommands.Add(command);
        return root;
    }

    /// <summary>Runs one command line in this process; returns its exit code, with its output and errors written to the given writers.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null,
        CancellationToken ct = default) =>
        CreateRoot(settings).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, ct);
}
