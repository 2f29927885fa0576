using System.Globalization;
using LetterStudio.Application.Orders.Portal;
using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Orders;
using static LetterStudio.Application.Orders.Bulk.BulkColumns;

namespace LetterStudio.Application.Orders.Bulk;

/// <summary>
/// The checks of one upload row: one small rule per column (or group of columns that make one thing, such as the
/// address), each adding its errors under the upload's column names and returning the value it checked, or null.
/// The errors come out in the order the rules run, which is the order of the columns in the template.
/// </summary>
internal sealed class BulkRowRules(BulkRow row, BulkUploadFacts facts, Printability printability)
{
    private static readonly string[] Formats = ["yyyy-MM-dd"];
    private readonly List<BulkRowError> errors = [];

    public IReadOnlyList<BulkRowError> Errors => errors;

    /// <summary>The row as a line to place, or null when any rule refused it (see <see cref="Errors"/>).</summary>
    public BulkLine? Check()
    {
        if (row.ReadError is not null) Error("row", row.ReadError);
        var name = Limited(Name, Limits.Name, required: true);
        var calledBy = Limited(CalledBy, Limits.Name);
        var relationship = Limited(Relationship, Limits.Name) ?? "recipient";
        var address = Address();
        if (name is not null && address is not null) EnvelopeWritable(name, address);
        if (calledBy is not null) Writable(calledBy, CalledBy);
        var occasion = OccasionKey();
        var date = Date();
        var wantsProof = YesNo(WantsProof);
        var envelope = YesNo(Envelope);
        var merge = MergeFields();
        var voice = Voice();
        var memory = Memory();
        MergeFieldsFit(merge);
        if (date is not { } delivery || occasion is null)
        {
            if (Cell(Brief) is null) Error(Brief, "is required.");
            return null;
        }
        var quote = Attempt(() => facts.Prices.Quote(facts.Paper, facts.Prices.IncludedWords, envelope, delivery, facts.Today),
            f => f == nameof(Order.RequestedDeliveryDate) ? DeliveryDate : f);
        // The order's own rules, the ones Order.Place checks, under this upload's column names.
        if (Order.CheckWording(occasion, Cell(Brief), Cell(Avoid)).Concat(Order.CheckMergeFields(merge)).FirstOrDefault() is { } orderError)
            Error(OrderColumn(orderError.Field), orderError.Message);
        return errors.Count > 0 || quote is null ? null
            : new BulkLine(row.Position, name!, calledBy, relationship, address!, occasion, Cell(Brief)!, Cell(Avoid), delivery, wantsProof, envelope,
                merge, quote.TotalMinor, quote.Currency, voice is { IsEmpty: false } ? voice : null, memory);
    }

    private void Error(string column, string message) => errors.Add(new BulkRowError(row.Position, column, message));

    private string? Cell(string column) => row.Cells.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>
    /// Runs one of the entities' own factories or checks (the address, printability, the voice, a memory, the quote),
    /// which refuse by throwing, and reports its refusal under the column it concerns.
    /// </summary>
    private T? Attempt<T>(Func<T> rule, Func<string, string> column)
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

    private string? Limited(string column, int maxLength, bool required = false)
    {
        var value = Cell(column);
        if ((required ? Guard.CheckRequired(value, column, maxLength) : Guard.CheckOptional(value, column, maxLength)) is not { } error) return value;
        Error(error.Field, error.Message);
        return null;
    }

    private void Writable(string text, string column, bool multiline = false) =>
        Attempt(() => { printability.CheckText(text, column, multiline); return true; }, f => f);

    private PostalAddress? Address()
    {
        // Every missing part of the address is named, not only the first one PostalAddress would stop at.
        var missing = new[] { Line1, City, PostalCode, Country }.Where(c => Cell(c) is null).ToList();
        foreach (var column in missing) Error(column, "is required.");
        if (missing.Count > 0) return null;
        // The address has two street lines; a third and fourth line join the second, as a post office reads them.
        var line2 = string.Join(", ", new[] { Cell(Line2), Cell(Line3), Cell(Line4) }.Where(l => l is not null));
        return Attempt(() => PostalAddress.Create(Cell(Line1)!, line2.Length == 0 ? null : line2, Cell(City)!, Cell(Region), Cell(PostalCode)!, Cell(Country)!, "address"),
            AddressColumn);
    }

    /// <summary>The envelope as the print room will write it: every character writable by hand, the block within the envelope.</summary>
    private void EnvelopeWritable(string name, PostalAddress address) =>
        Attempt(() => { printability.CheckRecipient(name, address, facts.FontId, "address."); return true; },
            f => f == "address.Name" ? Name : f == "address.Address" ? Line1 : AddressColumn(f.Replace("address.Address.", "address.", StringComparison.Ordinal)));

    /// <summary>The occasion as written, even one the studio does not offer, so the order's rules still check the rest of the row.</summary>
    private string? OccasionKey()
    {
        var occasion = Cell(Occasion);
        if (occasion is null) Error(Occasion, "is required.");
        else if (!facts.Occasions.Contains(occasion)) Error(Occasion, $"'{occasion}' is not an occasion the studio offers ({string.Join(", ", facts.Occasions.Order())}).");
        return occasion;
    }

    private DateOnly? Date()
    {
        if (Cell(DeliveryDate) is not { } text) Error(DeliveryDate, "is required (yyyy-MM-dd).");
        else if (!DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            Error(DeliveryDate, $"'{text}' is not a date of the form yyyy-MM-dd.");
        else if (date < facts.Today) Error(DeliveryDate, $"{date:yyyy-MM-dd} is in the past.");
        else return date;
        return null;
    }

    private bool YesNo(string column)
    {
        var text = Cell(column);
        switch (text?.ToLowerInvariant())
        {
            case null: return true;
            case "true" or "yes" or "y" or "1": return true;
            case "false" or "no" or "n" or "0": return false;
            default:
                Error(column, $"'{text}' is not yes or no (true/false, yes/no, 1/0).");
                return true;
        }
    }

    /// <summary>Every column the upload does not know is a merge field for the occasion template.</summary>
    private Dictionary<string, string> MergeFields()
    {
        var merge = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, cell) in row.Cells)
        {
            if (Known(column) is not null || string.IsNullOrWhiteSpace(cell)) continue;
            var value = cell.Trim();
            if (column.Length > Limits.Key) Error(column[..40] + "…", $"a merge field's name must be at most {Limits.Key} characters.");
            else if (value.Length > Limits.Brief) Error(column, $"must be at most {Limits.Brief:N0} characters (got {value.Length:N0}).");
            else if (Attempt(() => { printability.CheckText(value, column, multiline: true); return true; }, f => f)) merge[column] = value;
        }
        return merge;
    }

    /// <summary>The fields are stored together as one JSON column of twice a brief's length.</summary>
    private void MergeFieldsFit(Dictionary<string, string> merge)
    {
        if (merge.Count > 0 && System.Text.Json.JsonSerializer.Serialize(merge).Length > Limits.Brief * 2)
            Error("merge fields", $"the extra columns hold too much text together (at most {Limits.Brief * 2:N0} characters as JSON).");
    }

    /// <summary>How the client writes to this recipient: greeting, sign-off and signature.</summary>
    private RecipientVoice? Voice()
    {
        var voice = Attempt(() => new RecipientVoice(Cell(Greeting), Cell(SignOff), Cell(Signature), null, null).Checked(), VoiceColumn);
        if (voice is null) return null;
        foreach (var (text, column) in new[] { (voice.Greeting, Greeting), (voice.SignOff, SignOff), (voice.Signature, Signature) })
            if (text is not null) Writable(text, column);
        return voice;
    }

    /// <summary>A memory for the letter, with who is in it and how delicate it is; its other columns mean nothing without it.</summary>
    private NewAnecdote? Memory()
    {
        if (Cell(BulkColumns.Memory) is not { } text)
        {
            foreach (var column in new[] { MemoryWhen, MemoryPeople, MemoryAbout, MemorySensitivity })
                if (Cell(column) is not null) Error(column, $"describes a memory, but the row has no {BulkColumns.Memory} column value.");
            return null;
        }
        var people = Attempt(() => AnecdotePeople.Parse(Cell(MemoryPeople), MemoryPeople), f => f);
        var sensitivity = Attempt(() => AnecdotePeople.ParseSensitivity(Cell(MemorySensitivity), MemorySensitivity), f => f);
        var whenText = Cell(MemoryWhen);
        DateOnly? on = DateOnly.TryParseExact(whenText, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var memory = new NewAnecdote(text, on, on is null ? whenText : null, people is { Count: > 0 } ? people : null, Cell(MemoryAbout), sensitivity);
        Attempt(() => { printability.CheckText(text, BulkColumns.Memory, multiline: true); return CustomerOrdering.NewMemory(facts.CustomerId, 0, memory, "bulk", facts.Now); }, MemoryColumn);
        return memory;
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
        "Text" or BulkColumns.Memory => BulkColumns.Memory,
        "HappenedWhen" or "HappenedOn" => MemoryWhen,
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
        _ when field.StartsWith("MergeFields.", StringComparison.Ordinal) => field["MergeFields.".Length..],
        _ => field,
    };
}
