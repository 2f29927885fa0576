using System.CommandLine;
using LetterStudio.Cli.ApiKeys;
using LetterStudio.Cli.Database;
using LetterStudio.Cli.Drafting;
using LetterStudio.Cli.Handwriting;
using LetterStudio.Cli.Inspection;
using LetterStudio.Cli.Orders;
using LetterStudio.Cli.Printing;

var root = new RootCommand("LetterStudio: the studio's command line. Settings come from appsettings.json and environment variables, as for the web app.")
{
    DbCommands.Create(),
    OrdersCommands.Create(),
    ApiKeyCommands.Create(),
    PrintCommands.Create(),
    WorkerCommand.Create(),
    LetterStudio.Cli.Health.HealthCommand.Create(),
    InspectCommand.Create(),
};
foreach (var command in HandwritingCommands.Create()) root.Subcommands.Add(command);
foreach (var command in DraftingCommands.Create()) root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
