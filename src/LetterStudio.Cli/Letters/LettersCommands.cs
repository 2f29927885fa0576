using System.CommandLine;
using LetterStudio.Application.Letters;
using LetterStudio.Application.Orders;
using LetterStudio.Application.Setup;
using LetterStudio.Cli.Hosting;
using LetterStudio.Data;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Cli.Letters;

/// <summary>`letterstudio letters approve`: the desk's "approve and render", for orders the customer left to the studio.</summary>
internal static class LettersCommands
{
    public static Command Create(CliHost cli)
    {
        cli.ServiceModules.Add((services, _) => services.AddLetterReview());
        return new Command("letters", "Finish a drafted letter.") { Approve(cli) };
    }

    private static Command Approve(CliHost cli)
    {
        var id = new Argument<int>("ORDER_ID") { Description = "The order whose current draft to approve (Drafting or InReview; the customer left approval to the studio)." };
        var font = new Option<string?>("--font") { Description = "The hand to write it in (a font id of fonts.json). Default: the order's." };
        var size = new Option<float?>("--size") { Description = "The writing's size in points. Default: the order's." };
        var ink = new Option<string?>("--ink") { Description = "The ink, as #RRGGBB. Default: the order's." };
        var paper = new Option<PaperSize?>("--paper") { Description = "A5, A4, Letter or Card5x7. Default: the order's." };
        var stationery = new Option<Stationery?>("--stationery") { Description = "The paper's pattern. Default: the order's." };
        var tellsReason = new Option<string?>("--tells-reason") { Description = "Why to approve a letter whose robot tells pass their thresholds (kept in the history)." };
        var checksOverride = new Option<string?>("--checks-override") { Description = "Why to approve a letter whose checks found errors (kept in the history)." };
        var actor = new Option<string>("--as") { Description = "Who approves (defaults to the operating-system user).", DefaultValueFactory = _ => $"cli:{Environment.UserName}" };
        var command = new Command("approve", "Approve an order's current draft: render it in handwriting, check its robot tells, store the PDF with the order (Rendered) and tell the customer.")
        {
            id, font, size, ink, paper, stationery, tellsReason, checksOverride, actor,
        };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(parse, () => cli.WithDatabaseAsync(parse, async (sp, token) =>
        {
            var orderId = parse.GetValue(id);
            var db = sp.GetRequiredService<LetterStudioDbContext>();
            var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, token) ?? throw new NotFoundException("Order", orderId);
            var look = DeskLook.From(order.Look);
            look = look with
            {
                FontId = parse.GetValue(font) ?? look.FontId,
                FontSize = parse.GetValue(size) ?? look.FontSize,
                Ink = parse.GetValue(ink) ?? look.Ink,
                Paper = parse.GetValue(paper) ?? look.Paper,
                Stationery = parse.GetValue(stationery) ?? look.Stationery,
            };
            // The command line acts with an admin's rights, as `orders advance` does: whoever runs it holds the database.
            var (documentId, pages) = await sp.GetRequiredService<ApproveLetter>().HandleAsync(orderId, new Viewer(parse.GetValue(actor)!, IsAdmin: true), look,
                parse.GetValue(tellsReason), parse.GetValue(checksOverride), token);
            var status = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync(token);
            parse.Out().WriteLine($"Order {orderId} ({order.Reference}) approved and rendered in {look.FontId}: a {pages}-page PDF, stored as document {documentId}.");
            parse.Out().WriteLine($"Order {orderId} is now {OrderStatusWords.WithCode(status)}.");
            return ExitCodes.Ok;
        }, ct)));
        return command;
    }
}
