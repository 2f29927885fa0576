using System.CommandLine;
using LetterStudio.Application.Letters;
using LetterStudio.Application.Setup;
using LetterStudio.Cli.Hosting;
using LetterStudio.Drafting;
using LetterStudio.Drafting.Setup;
using LetterStudio.Drafting.Templates;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LetterStudio.Cli.Drafting;

/// <summary>`letterstudio draft ORDER_ID` and `letterstudio templates`.</summary>
internal static class DraftingCommands
{
    public static IEnumerable<Command> Create(CliHost cli)
    {
        cli.ServiceModules.Add((services, _) => services.AddLetterDrafting());
        return [Draft(cli), Templates()];
    }

    private static Command Draft(CliHost cli)
    {
        var id = new Argument<int>("ORDER_ID") { Description = "The order to draft the letter of (Assigned or Drafting)." };
        var model = new Option<string?>("--model")
        {
            Description = "offline (the template-based composer) or openai (the OpenAI API or a compatible server; the offline composer stands in when no API key is set). Default: Drafting:DefaultModel.",
        }.AcceptOnlyFromAmong("offline", "openai");
        var candidates = new Option<int>("--candidates") { Description = "How many alternative drafts to write and store (1 to 5).", DefaultValueFactory = _ => 1 };
        var actor = new Option<string>("--as") { Description = "Who is drafting (defaults to the operating-system user).", DefaultValueFactory = _ => $"cli:{Environment.UserName}" };
        var command = new Command("draft", "Draft an order's letter from its anecdotes and the client's style profile; prints the draft and its checks, and stores it.")
        {
            id, model, candidates, actor,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(parse, () => cli.WithDatabaseAsync(parse, async (sp, token) =>
        {
            DraftingModelKind? kind = parse.GetValue(model) switch
            {
                "offline" => DraftingModelKind.Offline,
                "openai" => DraftingModelKind.OpenAI,
                _ => null,
            };
            try
            {
                var result = await sp.GetRequiredService<DraftLetter>().HandleAsync(
                    new DraftRequest(parse.GetValue(id), parse.GetValue(actor)!, kind, parse.GetValue(candidates)), token);
                DraftPrinter.Print(result, parse.Out());
                return ExitCodes.Ok;
            }
            catch (DraftingFailedException ex)
            {
                return CliErrors.Fail(parse, $"{ex.Message} The error is kept on the order's letter; nothing else changed.", ExitCodes.Refused);
            }
        }, ct)));
        return command;
    }

    private static Command Templates()
    {
        var command = new Command("templates", "List the occasions that have a letter template, with their moves and length.");
        command.SetAction(parse =>
        {
            var templates = new TemplateCatalog().All;
            var table = new Table().AddColumns("Occasion", "Words", "Moves", "Template");
            foreach (var t in templates)
                table.AddRow(t.Key, $"{t.MinWords}-{t.MaxWords}", Markup.Escape(string.Join(", ", t.Moves)), Markup.Escape(t.FileName));
            parse.Ansi().Write(table);
            parse.Out().WriteLine($"{templates.Count} occasion(s). Adding an occasion is adding a template file in templates/.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
