namespace LetterStudio.Application.Orders.Bulk;

/// <summary>
/// The columns a bulk upload understands, and the other spellings people use for them. A header is matched
/// without case, spaces, underscores or hyphens ("Delivery date", "delivery_date", "deliveryDate"); every other
/// column is a merge field for the occasion template.
/// </summary>
public static class BulkColumns
{
    public const string Name = "name", CalledBy = "called_by", Relationship = "relationship",
        Line1 = "line1", Line2 = "line2", Line3 = "line3", Line4 = "line4", City = "city", Region = "region", PostalCode = "postcode", Country = "country",
        Occasion = "occasion", Brief = "brief", Avoid = "avoid", DeliveryDate = "delivery_date", WantsProof = "wants_proof", Envelope = "envelope",
        Greeting = "greeting", SignOff = "sign_off", Signature = "signature",
        Memory = "memory", MemoryWhen = "memory_when", MemoryPeople = "memory_people", MemoryAbout = "memory_about", MemorySensitivity = "memory_sensitivity";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["name"] = Name, ["recipient"] = Name, ["recipientname"] = Name,
        ["calledby"] = CalledBy, ["relationship"] = Relationship,
        ["line1"] = Line1, ["address1"] = Line1, ["addressline1"] = Line1, ["address"] = Line1,
        ["line2"] = Line2, ["address2"] = Line2, ["addressline2"] = Line2,
        ["line3"] = Line3, ["address3"] = Line3, ["addressline3"] = Line3,
        ["line4"] = Line4, ["address4"] = Line4, ["addressline4"] = Line4,
        ["city"] = City, ["town"] = City,
        ["region"] = Region, ["state"] = Region, ["county"] = Region, ["province"] = Region,
        ["postcode"] = PostalCode, ["postalcode"] = PostalCode, ["zip"] = PostalCode, ["zipcode"] = PostalCode,
        ["country"] = Country, ["countrycode"] = Country,
        ["occasion"] = Occasion, ["brief"] = Brief, ["avoid"] = Avoid,
        ["deliverydate"] = DeliveryDate, ["requesteddeliverydate"] = DeliveryDate, ["date"] = DeliveryDate,
        ["wantsproof"] = WantsProof, ["proof"] = WantsProof, ["envelope"] = Envelope,
        ["greeting"] = Greeting, ["salutation"] = Greeting, ["signoff"] = SignOff, ["signature"] = Signature,
        ["memory"] = Memory, ["anecdote"] = Memory, ["memorywhen"] = MemoryWhen, ["memorypeople"] = MemoryPeople,
        ["memoryabout"] = MemoryAbout, ["memorysensitivity"] = MemorySensitivity,
    };

    /// <summary>The standard name of a known column, or null for a merge field.</summary>
    public static string? Known(string header)
    {
        var squeezed = new string([.. header.Where(c => c is not (' ' or '_' or '-')).Select(char.ToLowerInvariant)]);
        return Aliases.GetValueOrDefault(squeezed);
    }

    /// <summary>The cells of one upload row under standard names (known columns) or as written (merge fields).</summary>
    public static Dictionary<string, string?> Normalise(IEnumerable<KeyValuePair<string, string?>> cells)
    {
        var row = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (header, value) in cells)
            row[Known(header) ?? header.Trim()] = value;
        return row;
    }
}
