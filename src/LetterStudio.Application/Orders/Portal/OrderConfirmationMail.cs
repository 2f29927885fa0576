using System.Globalization;
using System.Net;
using System.Text;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Application.Orders.Portal;

/// <summary>
/// The confirmation a customer gets when they order: what was ordered (hand, ink, paper, envelope, proof, date,
/// memories, price), as HTML and as plain text saying the same, as the order page does.
/// </summary>
public sealed record OrderConfirmationMail(string Subject, string Text, string Html)
{
    /// <summary>Long words are cut in the mail (the page has them whole), so a memory of pages stays a mail.</summary>
    private const int Excerpt = 300;
    /// <summary>At most this many memories are quoted, with a count of the rest: the text part stays within the outbox's limit.</summary>
    private const int MemoriesQuoted = 10;

    public static OrderConfirmationMail For(Order order, string calledBy, string occasion, IReadOnlyList<string> memories, PriceQuote quote)
    {
        var look = order.Look;
        var money = (long minor) => (minor / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        var facts = new List<(string Label, string Value)>
        {
            ("Occasion", occasion),
            ("Arrives by", order.RequestedDeliveryDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)),
            ("Handwriting", $"{LookWords.Hand(look.FontId)}, in {StudioInks.NameOf(look.InkColour).ToLowerInvariant()} ink"),
            ("Paper", $"{LookWords.Paper(look.Paper)}, {LookWords.Stationery(look.Stationery)}"),
            ("Envelope", order.WantsEnvelope ? "Addressed by hand, in the same hand" : "No handwritten envelope"),
            ("Proof", order.WantsProof ? "You will see a proof and approve it before it is written out" : "Your writer approves it for you"),
        };
        if (order.RepeatsYearly) facts.Add(("Every year", "We will write it again next year and tell you a few weeks before"));
        var subject = $"We have your order for a letter to {calledBy} ({order.Reference})";
        var intro = $"Thank you. Your letter to {calledBy} is ordered ({order.Reference}).";
        var brief = Cut(order.Brief);
        var more = memories.Count - MemoriesQuoted;
        memories = [.. memories.Take(MemoriesQuoted)];

        var text = new StringBuilder();
        text.AppendLine(intro).AppendLine();
        foreach (var (label, value) in facts) text.AppendLine($"{label}: {value}");
        text.AppendLine().AppendLine("What you asked for:").AppendLine(brief);
        if (memories.Count > 0)
        {
            text.AppendLine().AppendLine("Memories to draw on:");
            foreach (var m in memories) text.AppendLine($"- {Cut(m)}");
            if (more > 0) text.AppendLine($"- and {more} more");
        }
        text.AppendLine().AppendLine("Price:");
        foreach (var line in quote.Lines) text.AppendLine($"  {line.Description}: {money(line.AmountMinor)}");
        text.AppendLine($"  Total: {money(quote.TotalMinor)} {quote.Currency}");
        text.AppendLine().Append("Follow it at any time under My orders.");

        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(subject)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:24px;background:#fbf8f1;font-family:Georgia,serif;color:#1d1d1f\">")
            .Append("<div style=\"max-width:560px;margin:0 auto;background:#fff;border:1px solid #e3ddd0;border-radius:8px;padding:24px\">")
            .Append("<h1 style=\"font-size:22px;color:#1b2a4a;margin:0 0 12px\">").Append(E(intro)).Append("</h1>")
            .Append("<table role=\"presentation\" style=\"border-collapse:collapse;width:100%;font-family:Arial,sans-serif;font-size:14px\">");
        foreach (var (label, value) in facts)
            html.Append("<tr><th scope=\"row\" style=\"text-align:left;color:#5b6472;padding:4px 12px 4px 0;vertical-align:top\">").Append(E(label))
                .Append("</th><td style=\"padding:4px 0\">").Append(E(value)).Append("</td></tr>");
        html.Append("</table><h2 style=\"font-size:16px;color:#1b2a4a\">What you asked for</h2><p style=\"white-space:pre-wrap\">").Append(E(brief)).Append("</p>");
        if (memories.Count > 0)
        {
            html.Append("<h2 style=\"font-size:16px;color:#1b2a4a\">Memories to draw on</h2><ul>");
            foreach (var m in memories) html.Append("<li>").Append(E(Cut(m))).Append("</li>");
            if (more > 0) html.Append("<li>and ").Append(more).Append(" more</li>");
            html.Append("</ul>");
        }
        html.Append("<h2 style=\"font-size:16px;color:#1b2a4a\">Price</h2><table role=\"presentation\" style=\"border-collapse:collapse;width:100%;font-family:Arial,sans-serif;font-size:14px\">");
        foreach (var line in quote.Lines)
            html.Append("<tr><td style=\"padding:3px 0\">").Append(E(line.Description)).Append("</td><td style=\"text-align:right\">").Append(money(line.AmountMinor)).Append("</td></tr>");
        html.Append("<tr><th scope=\"row\" style=\"text-align:left;border-top:1px solid #999;padding-top:4px\">Total</th><td style=\"text-align:right;border-top:1px solid #999;font-weight:bold\">")
            .Append(money(quote.TotalMinor)).Append(' ').Append(E(quote.Currency)).Append("</td></tr></table>")
            .Append("<p style=\"font-family:Arial,sans-serif;font-size:14px\">Follow it at any time under My orders.</p></div></body></html>");
        return new OrderConfirmationMail(subject, text.ToString(), html.ToString());
    }

    private static string Cut(string s)
    {
        var t = s.Trim();
        return t.Length <= Excerpt ? t : t[..Excerpt].TrimEnd() + "…";
    }
}
