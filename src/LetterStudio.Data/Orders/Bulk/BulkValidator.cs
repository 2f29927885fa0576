using System.Globalization;
using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Styles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static LetterStudio.Data.Orders.Bulk.BulkColumns;

namespace LetterStudio.Data.Orders.Bulk;

/// <summary>
/// Checks every row of a bulk upload before anything is written, and reports every bad row, not just the first:
/// the address by its country's rules, the occasion, the date, lengths and yes/no values, each error naming the row
/// and the column. The rules are the entities' own (PostalAddress.Create, Order.Place), so an upload can never
/// pass here and fail on saving.
/// </summary>
public sealed class BulkValidator(LetterStudioDbContext db, IOptions<PriceList> prices, TimeProvider time, Printability printability)
{
    private static readonly string[] Formats = ["yyyy-MM-dd"];

    public async Task<(IReadOnlyList<BulkLine> Lines, IReadOnlyList<BulkRowError> Errors)> ValidateAsync(int customerId, IReadOnlyList<BulkRow> rows, CancellationToken ct = default)
    {
        var occasions = (await db.Occasions.AsNoTracking().Where(o => o.Active).Select(o => o.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var paper = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == customerId)
            .OrderByDescending(p => p.Version).Select(p => (PaperSize?)p.Look.Paper).FirstOrDefaultAsync(ct) ?? PaperSize.A5;
        var fontId = await Customers.CustomerLooks.FontIdAsync(db, customerId, ct);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var list = prices.Value;

        var lines = new List<BulkLine>(rows.Count);
        var errors = new List<BulkRowError>();
        if (rows.Count == 0) errors.Add(new BulkRowError(-1, "rows", "the upload has no rows."));
        foreach (var row in rows)
        {
            var rowErrors = new List<BulkRowError>();
            void Error(string field, string message) => rowErrors.Add(new BulkRowError(row.Position, field, message));
            string? Cell(string column) => row.Cells.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            T? Check<T>(Func<T> rule, Func<string, string> column)
            {
                try
                {
                    return rule();
                }
                catch (DomainValidationException ex)
                {
                    Error(column(ex.Field), ex.Reason);
                    return default;
                }
            }

            if (row.ReadError is not null) Error("row", row.ReadError);
            var name = Check(() => Guard.Required(Cell(Name), Name, Limits.Name), f => f);
            var calledBy = Check(() => Guard.Optional(Cell(CalledBy), CalledBy, Limits.Name), f => f);
            var relationship = Check(() => Guard.Optional(Cell(Relationship), Relationship, Limits.Name), f => f) ?? "recipient";
            // The address has two street lines; a third and fourth line join the second, as a post office reads them.
            var line2 = string.Join(", ", new[] { Cell(Line2), Cell(Line3), Cell(Line4) }.Where(l => l is not null));
            // Every missing part of the address is named, not only the first one PostalAddress would stop at.
            var missing = new[] { Line1, City, PostalCode, Country }.Where(c => Cell(c) is null).ToList();
            foreach (var column in missing) Error(column, "is required.");
            var address = missing.Count > 0 ? null : Check(() => PostalAddress.Create(Cell(Line1)!, line2.Length == 0 ? null : line2, Cell(City)!, Cell(Region), Cell(PostalCode)!, Cell(Country)!, "address"),
                AddressColumn);
            // The envelope as the print room will write it: every character writable by hand, the block within the envelope.
            if (name is not null && address is not null)
                Check(() => { printability.CheckRecipient(name, address, fontId, "address."); return true; }, f => f == "address.Name" ? Name : f == "address.Address" ? Line1 : AddressColumn(f.Replace("address.Address.", "address.", StringComparison.Ordinal)));
            if (calledBy is not null) Check(() => { printability.CheckText(calledBy, CalledBy); return true; }, f => f);

            var occasion = Cell(Occasion);
            if (occasion is null) Error(Occasion, "is required.");
            else if (!occasions.Contains(occasion)) Error(Occasion, $"'{occasion}' is not an occasion the studio offers ({string.Join(", ", occasions.Order())}).");

            DateOnly? date = null;
            if (Cell(DeliveryDate) is not { } dateText) Error(DeliveryDate, "is required (yyyy-MM-dd).");
            else if (!DateOnly.TryParseExact(dateText, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                Error(DeliveryDate, $"'{dateText}' is not a date of the form yyyy-MM-dd.");
            else if (parsed < today) Error(DeliveryDate, $"{parsed:yyyy-MM-dd} is in the past.");
            else date = parsed;

            var wantsProof = YesNo(Cell(WantsProof), WantsProof, true, Error);
            var envelope = YesNo(Cell(Envelope), Envelope, true, Error);

            var merge = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (column, value) in row.Cells)
            {
                if (Known(column) is not null || string.IsNullOrWhiteSpace(value)) continue;
                if (column.Length > Limits.Key) Error(column[..40] + "…", $"a merge field's name must be at most {Limits.Key} characters.");
                else if (value.Trim().Length > Limits.Brief) Error(column, $"must be at most {Limits.Brief:N0} characters (got {value.Trim().Length:N0}).");
                else if (Check(() => { printability.CheckText(value.Trim(), column, multiline: true); return true; }, f => f)) merge[column] = value.Trim();
            }

            // How the client writes to this recipient, and a memory for the letter, with who is in it and how delicate it is.
            var voice = Check(() => new RecipientVoice(Cell(Greeting), Cell(SignOff), Cell(Signature), null, null).Checked(), VoiceColumn);
            if (voice is not null) foreach (var (text, column) in new[] { (voice.Greeting, Greeting), (voice.SignOff, SignOff), (voice.Signature, Signature) })
                if (text is not null) Check(() => { printability.CheckText(text, column); return true; }, f => f);
            Portal.NewAnecdote? memory = null;
            if (Cell(Memory) is { } memoryText)
            {
                var people = Check(() => AnecdotePeople.Parse(Cell(MemoryPeople), MemoryPeople), f => f);
                var sensitivity = Check(() => AnecdotePeople.ParseSensitivity(Cell(MemorySensitivity), MemorySensitivity), f => f);
                var whenText = Cell(MemoryWhen);
                DateOnly? on = DateOnly.TryParseExact(whenText, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                memory = new Portal.NewAnecdote(memoryText, on, on is null ? whenText : null, people is { Count: > 0 } ? people : null, Cell(MemoryAbout), sensitivity);
                Check(() => { printability.CheckText(memoryText, Memory, multiline: true); return Portal.CustomerOrdering.NewMemory(customerId, 0, memory, "bulk", now); }, MemoryColumn);
            }
            else foreach (var column in new[] { MemoryWhen, MemoryPeople, MemoryAbout, MemorySensitivity })
                if (Cell(column) is not null) Error(column, $"describes a memory, but the row has no {Memory} column value.");

            // The fields are stored together as one JSON column of twice a brief's length.
            if (merge.Count > 0 && System.Text.Json.JsonSerializer.Serialize(merge).Length > Limits.Brief * 2)
                Error("merge fields", $"the extra columns hold too much text together (at most {Limits.Brief * 2:N0} characters as JSON).");

            // The order's own rules (brief and avoid lengths, and whatever Order.Place checks next) on a stand-in recipient.
            if (date is { } delivery && occasion is not null)
            {
                var quote = Check(() => list.Quote(paper, list.IncludedWords, envelope, delivery, today), f => f == "RequestedDeliveryDate" ? DeliveryDate : f);
                Check(() => Order.Place(new OrderDetails(customerId, int.MaxValue, occasion, Cell(Brief)!, Cell(Avoid), delivery, quote?.TotalMinor ?? 0, list.Currency,
                    wantsProof, null, [], MergeFields: merge), "bulk", now), OrderColumn);
                if (rowErrors.Count == 0)
                    lines.Add(new BulkLine(row.Position, name!, calledBy, relationship, address!, occasion, Cell(Brief)!, Cell(Avoid), delivery, wantsProof, envelope,
                        merge, quote!.TotalMinor, quote.Currency, voice is { IsEmpty: false } ? voice : null, memory));
            }
            else if (Cell(Brief) is null) Error(Brief, "is required.");
            errors.AddRange(rowErrors);
        }
        return (lines, errors);
    }

    private static bool YesNo(string? text, string column, bool otherwise, Action<string, string> error)
    {
        switch (text?.ToLowerInvariant())
        {
            case null: return otherwise;
            case "true" or "yes" or "y" or "1": return true;
            case "false" or "no" or "n" or "0": return false;
            default:
                error(column, $"'{text}' is not yes or no (true/false, yes/no, 1/0).");
                return otherwise;
        }
    }

    private static string AddressColumn(string field) => field switch
    {
        "address.Line1" => Line1,
        "address.Line2" => Line2,
        "address.City" => City,
        "address.Region" => Region,
        "address.PostalCode" => PostalCode,
        "address.CountryCode" => Country,
        _ => field,
    };

    private static string VoiceColumn(string field) => field switch
    {
        nameof(RecipientVoice.Greeting) => Greeting,
        nameof(RecipientVoice.SignOff) => SignOff,
        nameof(RecipientVoice.Signature) => Signature,
        _ => field,
    };

    private static string MemoryColumn(string field) => field switch
    {
        "Text" or Memory => Memory,
        "HappenedWhen" => MemoryWhen,
        "HappenedOn" => MemoryWhen,
        "People" => MemoryPeople,
        "About" => MemoryAbout,
        "Sensitivity" => MemorySensitivity,
        _ => field,
    };

    private static string OrderColumn(string field) => field switch
    {
        nameof(Order.Brief) => Brief,
        nameof(Order.Avoid) => Avoid,
        nameof(Order.OccasionKey) => Occasion,
        nameof(Order.RequestedDeliveryDate) => DeliveryDate,
        _ when field.StartsWith("MergeFields", StringComparison.Ordinal) => field.Replace("MergeFields.", "", StringComparison.Ordinal),
        _ => field,
    };
}
