using System.Globalization;
using System.Text;

namespace LetterStudio.Printing;

/// <summary>
/// The manifest as CSV (RFC 4180, UTF-8 without BOM, CRLF). Cells that a spreadsheet would run as a
/// formula (starting with =, +, -, @) get a leading apostrophe: names and addresses come from customers.
/// </summary>
internal static class ManifestCsv
{
    public const string Header = "envelope,order_reference,recipient,postal_address,pages,first_sheet,last_sheet,group";

    public static void Write(Stream output, IReadOnlyList<ManifestLine> lines)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(Header);
        foreach (var line in lines)
        {
            writer.WriteLine(string.Join(',',
                line.EnvelopeNumber.ToString(CultureInfo.InvariantCulture),
                Cell(line.OrderReference),
                Cell(line.RecipientName),
                Cell(string.Join(", ", line.AddressLines)),
                line.Pages.ToString(CultureInfo.InvariantCulture),
                line.FirstSheet.ToString(CultureInfo.InvariantCulture),
                line.LastSheet.ToString(CultureInfo.InvariantCulture),
                Cell(line.GroupLabel)));
        }
    }

    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
