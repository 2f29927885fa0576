using CsvHelper;

namespace LetterStudio.TestSupport;

/// <summary>One row of a print batch's manifest.csv.</summary>
public sealed record PrintManifestRow(int Envelope, string OrderReference, string Recipient, string PostalAddress, int Pages, int FirstSheet, int LastSheet, string Group);

/// <summary>
/// Reads manifest.csv with CsvHelper, an RFC 4180 reader the studio did not write, so the tests check the file as a
/// spreadsheet or a mail house would read it rather than with a reader that mirrors the writer's own quoting.
/// Columns are found by their header names; a row with more or fewer cells than the header, or bad quoting, throws.
/// </summary>
public static class PrintManifest
{
    public static IReadOnlyList<PrintManifestRow> Read(string path)
    {
        using var csv = CsvReader.Create(File.OpenRead(path), new CsvReaderOptions
        {
            Separator = ',',
            TrimWhitespace = false,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        });
        var rows = new List<PrintManifestRow>();
        while (csv.Read())
            rows.Add(new PrintManifestRow(csv.Parse<int>("envelope"), csv.GetString("order_reference"), csv.GetString("recipient"),
                csv.GetString("postal_address"), csv.Parse<int>("pages"), csv.Parse<int>("first_sheet"), csv.Parse<int>("last_sheet"), csv.GetString("group")));
        return rows;
    }
}
