using System.CommandLine;
using LetterStudio.Application.Orders;
using LetterStudio.Cli.Hosting;
using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LetterStudio.Cli.Orders;

/// <summary>`letterstudio orders list|show|advance`.</summary>
internal static class OrdersCommands
{
    public static Command Create(CliHost cli) => new("orders", "List, inspect and move orders.") { List(cli), Show(cli), Advance(cli) };

    private static Command List(CliHost cli)
    {
        var status = new Option<OrderStatus?>("--status") { Description = "Only orders in this status." };
        var command = new Command("list", "List orders, soonest delivery first.") { status };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(parse, () => cli.WithDatabaseAsync(parse, async (sp, token) =>
        {
            var rows = await OrderQueries.ListAsync(sp.GetRequiredService<LetterStudioDbContext>(), parse.GetValue(status), token);
            var table = new Table().AddColumns("Id", "Status", "Due", "Occasion", "Customer", "Recipient", "Writer");
            foreach (var r in rows)
                table.AddRow(r.Id.ToString(), Markup.Escape($"{OrderStatusWords.Of(r.Status)} ({r.Status})"), r.Due.ToString("yyyy-MM-dd"), Markup.Escape(r.OccasionName),
                    Markup.Escape(r.CustomerName), Markup.Escape(r.RecipientName), Markup.Escape(r.AssignedWriter ?? "-"));
            parse.Ansi().Write(table);
            parse.Out().WriteLine($"{rows.Count} order(s).");
            return ExitCodes.Ok;
        }, ct)));
        return command;
    }

    private static Command Show(CliHost cli)
    {
        var id = new Argument<int>("ID") { Description = "The order's id." };
        var command = new Command("show", "Show an order: its brief, anecdotes, letter and history.") { id };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(parse, () => cli.WithDatabaseAsync(parse, async (sp, token) =>
        {
            var d = await OrderQueries.DetailAsync(sp.GetRequiredService<LetterStudioDbContext>(), parse.GetValue(id), token)
                ?? throw new NotFoundException("Order", parse.GetValue(id));
            parse.Out().WriteLine($"Order {d.Id} ({d.Reference}): {d.OccasionName} for {d.RecipientName} ({d.Relationship}) from {d.CustomerName}");
            parse.Out().WriteLine($"Status:    {OrderStatusWords.WithCode(d.Status)}");
            parse.Out().WriteLine($"Due:       {d.Due:yyyy-MM-dd}");
            parse.Out().WriteLine($"Writer:    {d.AssignedWriter ?? "(unassigned)"}");
            parse.Out().WriteLine($"Price:     {d.PriceCents / 100m:0.00} {d.Currency}");
            parse.Out().WriteLine($"Brief:     {d.Brief}");
            if (d.Avoid is not null) parse.Out().WriteLine($"Avoid:     {d.Avoid}");
            parse.Out().WriteLine();
            parse.Out().WriteLine("Anecdotes:");
            foreach (var a in d.Anecdotes)
                parse.Out().WriteLine($"  [{a.Id}]{(a.Pinned ? " (pinned)" : "")} {a.When ?? "undated"}: {a.Text}");
            if (d.Anecdotes.Count == 0) parse.Out().WriteLine("  (none)");
            parse.Out().WriteLine();
            parse.Out().WriteLine("History:");
            foreach (var h in d.History)
                parse.Out().WriteLine($"  {h.At:yyyy-MM-dd HH:mm} {(h.From is { } from ? OrderStatusWords.Of(from) : "(new)")} -> {OrderStatusWords.Of(h.To)} by {h.Actor}{(h.Reason is null ? "" : $": {h.Reason}")}");
            if (d.LetterText is not null)
            {
                parse.Out().WriteLine();
                parse.Out().WriteLine($"Letter (revision {d.LetterRevision}):");
                parse.Out().WriteLine(d.LetterText);
            }
            return ExitCodes.Ok;
        }, ct)));
        return command;
    }

    private static Command Advance(CliHost cli)
    {
        var id = new Argument<int>("ID") { Description = "The order's id." };
        var to = new Option<OrderStatus>("--to") { Description = "The status to move to.", Required = true };
        var why = new Option<string?>("--why") { Description = "Why (recorded in the history; required to cancel or ask for changes)." };
        var actor = new Option<string>("--as") { Description = "Who is making the move (defaults to the operating-system user).", DefaultValueFactory = _ => $"cli:{Environment.UserName}" };
        var command = new Command("advance", "Move an order to another status; illegal moves are refused.") { id, to, why, actor };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(parse, () => cli.WithDatabaseAsync(parse, async (sp, token) =>
        {
            var order = await sp.GetRequiredService<AdvanceOrder>().HandleAsync(parse.GetValue(id), parse.GetValue(to), parse.GetValue(actor)!, parse.GetValue(why), token);
            parse.Out().WriteLine($"Order {order.Id} is now {OrderStatusWords.WithCode(order.Status)}.");
            return ExitCodes.Ok;
        }, ct)));
        return command;
    }
}
