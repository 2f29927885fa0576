using System.Text.RegularExpressions;
using LetterStudio.Domain.Printing;
using LetterStudio.Domain.Styles;
using LetterStudio.Web.Features.Portal.Orders;

namespace LetterStudio.Web.Features.PrintRoom;

/// <summary>The print room's words: papers, inks and batch states as an operator says them.</summary>
public static partial class PrintWords
{
    public static string Paper(PaperSize paper) => paper switch
    {
        PaperSize.A5 => "A5",
        PaperSize.A4 => "A4",
        PaperSize.Letter => "US Letter",
        PaperSize.Card5x7 => "5×7 card",
        _ => paper.ToString(),
    };

    public static string Stationery(Stationery stationery) => stationery switch
    {
        Domain.Styles.Stationery.Plain => "plain",
        Domain.Styles.Stationery.Ruled => "ruled",
        _ => stationery.ToString(),
    };

    /// <summary>
    /// The name of the studio's ink nearest the colour (orders from the API or older profiles may carry a code
    /// a shade off the named inks), or "Custom" when none is close; the code itself is shown only on hover.
    /// </summary>
    public static string Ink(string colour)
    {
        if (!TryRgb(colour, out var rgb)) return "Custom";
        var (name, distance) = Inks.All
            .Select(i => (i.Name, Distance: TryRgb(i.Colour, out var c) ? Distance(rgb, c) : double.MaxValue))
            .MinBy(i => i.Distance);
        return distance <= NearEnough ? name : "Custom";
    }

    // About the step between two neighbouring shades of one ink; the studio's inks are much farther apart.
    private const double NearEnough = 60;

    private static double Distance((int R, int G, int B) a, (int R, int G, int B) b) =>
        Math.Sqrt(Math.Pow(a.R - b.R, 2) + Math.Pow(a.G - b.G, 2) + Math.Pow(a.B - b.B, 2));

    private static bool TryRgb(string colour, out (int R, int G, int B) rgb)
    {
        rgb = default;
        if (colour is not ['#', _, _, _, _, _, _] || !int.TryParse(colour.AsSpan(1), System.Globalization.NumberStyles.HexNumber, null, out var v)) return false;
        rgb = (v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF);
        return true;
    }

    /// <summary>A stored group label ("A5 · Plain · ink #1F4D2B") with the paper and ink in words.</summary>
    public static string Group(string label)
    {
        var named = InkCode().Replace(label, m => $"{Ink(m.Groups[1].Value).ToLowerInvariant()} ink");
        return named.Replace("Letter ·", "US Letter ·").Replace("Card5x7", "5×7 card");
    }

    public static string Status(PrintBatchStatus status) => status switch
    {
        PrintBatchStatus.Open => "Waiting to build",
        PrintBatchStatus.Building => "Building",
        PrintBatchStatus.Built => "Ready to print",
        PrintBatchStatus.Printed => "Printed",
        PrintBatchStatus.Mailed => "Mailed",
        PrintBatchStatus.Failed => "Failed",
        _ => status.ToString(),
    };

    [GeneratedRegex("ink (#[0-9A-Fa-f]{6})")]
    private static partial Regex InkCode();
}
