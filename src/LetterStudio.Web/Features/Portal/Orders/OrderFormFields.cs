using System.Text.RegularExpressions;

namespace LetterStudio.Web.Features.Portal.Orders;

/// <summary>
/// The order form's fields in words, and the domain's field names mapped to them by name. Local to the form for now;
/// the portal's shared field-to-words map replaces the words at the merge, the mapping stays.
/// </summary>
public static partial class OrderFormFields
{
    /// <summary>What each form field is called on the page and in the error summary.</summary>
    public static IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>
    {
        [nameof(NewOrderInput.RecipientId)] = "Who it is for",
        [nameof(NewOrderInput.Occasion)] = "The occasion",
        [nameof(NewOrderInput.Brief)] = "What it should say",
        [nameof(NewOrderInput.Avoid)] = "What to leave out",
        [nameof(NewOrderInput.Picks)] = "Memories you told us before",
        [nameof(NewOrderInput.Font)] = "The handwriting",
        [nameof(NewOrderInput.Ink)] = "The ink",
        [nameof(NewOrderInput.Paper)] = "The paper",
        [nameof(NewOrderInput.Stationery)] = "The stationery",
        [nameof(NewOrderInput.DeliveryDate)] = "The day it should arrive",
        [nameof(NewOrderInput.RequestKey)] = "The form",
    };

    /// <summary>The domain's field names (Order, LetterLook, the order use case) and the form field each belongs to.</summary>
    private static readonly Dictionary<string, string> FromDomain = new()
    {
        ["RecipientId"] = nameof(NewOrderInput.RecipientId),
        ["Recipient"] = nameof(NewOrderInput.RecipientId),
        ["OccasionKey"] = nameof(NewOrderInput.Occasion),
        ["Brief"] = nameof(NewOrderInput.Brief),
        ["Avoid"] = nameof(NewOrderInput.Avoid),
        ["AnecdoteIds"] = nameof(NewOrderInput.Picks),
        ["FontId"] = nameof(NewOrderInput.Font),
        ["FontSizePt"] = nameof(NewOrderInput.Font),
        ["InkColour"] = nameof(NewOrderInput.Ink),
        ["Paper"] = nameof(NewOrderInput.Paper),
        ["Stationery"] = nameof(NewOrderInput.Stationery),
        ["RequestedDeliveryDate"] = nameof(NewOrderInput.DeliveryDate),
        ["IdempotencyKey"] = nameof(NewOrderInput.RequestKey),
    };

    /// <summary>A refusal about a new memory: "NewAnecdotes[1].Text" is memory slot 1's text.</summary>
    [GeneratedRegex(@"^NewAnecdotes\[(?<slot>\d+)\]\.(?<field>\w+)$")]
    private static partial Regex NewMemory();

    /// <summary>The form field a domain field belongs to: a top-level name ("Recipient.Address" is the recipient's), or null when the form has no such field.</summary>
    public static string? ForDomain(string domainField) =>
        FromDomain.GetValueOrDefault(domainField) ?? FromDomain.GetValueOrDefault(domainField.Split('.')[0]);

    /// <summary>The memory a domain field names, as (index among the memories sent, field), or null.</summary>
    public static (int Index, string Field)? ForNewMemory(string domainField) =>
        NewMemory().Match(domainField) is { Success: true } m ? (int.Parse(m.Groups["slot"].Value), m.Groups["field"].Value == "Text" ? nameof(NewMemoryInput.Text) : nameof(NewMemoryInput.When)) : null;
}
