using System.Text;
using System.Text.Json;
using CsvHelper;
using LetterStudio.Application.Orders.Bulk;

namespace LetterStudio.Web.Features.Api.Bulk;

/// <summary>
/// Reads a bulk upload into rows: CSV (the first line names the columns; a row's position is its line in the file,
/// so a spreadsheet user finds it) or JSON (an array of objects with the same names; a row's position is its index).
/// Cells of either are strings; the validator makes sense of them.
/// </summary>
public static class BulkUpload
{
    public enum Format { Csv, Json }

    /// <summary>Reads the body up to <paramref name="maxBytes"/>; more than that is a <see cref="BulkUploadException"/> with TooLarge set.</summary>
    public static async Task<byte[]> ReadLimitedAsync(Stream body, long? declaredLength, int maxBytes, CancellationToken ct)
    {
        if (declaredLength > maxBytes) throw TooLarge(maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(maxBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static IReadOnlyList<BulkRow> Parse(byte[] content, Format format, int maxRows) =>
        format == Format.Csv ? ParseCsv(content, maxRows) : ParseJson(content, maxRows);

    public static IReadOnlyList<BulkRow> ParseCsv(byte[] content, int maxRows)
    {
        var rows = new List<BulkRow>();
        try
        {
            using var csv = CsvReader.Create(content, new CsvReaderOptions { TrackLineNumbers = true, MalformedData = CsvMalformedDataHandling.Throw, TrimWhitespace = true });
            csv.ReadHeader();
            var headers = csv.Headers.Select(h => h.Trim()).ToArray();
            if (headers.Length == 0 || headers.All(h => h.Length == 0))
                throw new BulkUploadException("line 1", "the file is empty; the first line must name the columns (name, line1, city, postcode, country, occasion, brief, delivery_date, ...).");
            if (headers.Select(h => BulkColumns.Known(h) ?? h).GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
                throw new BulkUploadException("line 1", $"the column '{twice.Key}' appears twice.");
            while (csv.Read())
            {
                if (rows.Count == maxRows) throw new BulkUploadException("rows", $"the file has more than {maxRows:N0} rows; split it.");
                var cells = new List<KeyValuePair<string, string?>>(headers.Length);
                for (var i = 0; i < headers.Length; i++)
                    cells.Add(new(headers[i], i < csv.FieldCount ? csv.GetString(i) : null));
                var extra = csv.FieldCount > headers.Length && Enumerable.Range(headers.Length, csv.FieldCount - headers.Length).Any(i => csv.GetString(i).Trim().Length > 0)
                    ? $"has {csv.FieldCount} fields but the first line names {headers.Length} columns; quote values that contain the separator."
                    : null;
                rows.Add(new BulkRow((int)csv.LineNumber, BulkColumns.Normalise(cells), extra));
            }
        }
        catch (CsvFormatException ex)
        {
            throw new BulkUploadException(ex.LineNumber > 0 ? $"line {ex.LineNumber}" : "file", $"the CSV is malformed: {ex.Message}");
        }
        return rows;
    }

    public static IReadOnlyList<BulkRow> ParseJson(byte[] content, int maxRows)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content);
        }
        catch (JsonException ex)
        {
            throw new BulkUploadException("body", $"the body is not JSON: {ex.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new BulkUploadException("body", "the body must be a JSON array of rows.");
            var rows = new List<BulkRow>();
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (rows.Count == maxRows) throw new BulkUploadException("rows", $"the upload has more than {maxRows:N0} rows; split it.");
                if (item.ValueKind != JsonValueKind.Object)
                    throw new BulkUploadException($"[{index}]", "each row must be a JSON object of column names and values.");
                rows.Add(new BulkRow(index++, BulkColumns.Normalise(item.EnumerateObject().Select(p => new KeyValuePair<string, string?>(p.Name, Text(p.Value))))));
            }
            return rows;
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    private static BulkUploadException TooLarge(int maxBytes) =>
        new("body", $"the upload is larger than {maxBytes:N0} bytes (Api:Bulk:MaxBytes); split it into smaller files.", tooLarge: true);

    /// <summary>Text for the portal's hidden field and back.</summary>
    public static string ToText(byte[] content) => Encoding.UTF8.GetString(content);
}
