using LetterStudio.Domain.Common;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Domain.Orders;

/// <summary>
/// A customer's order for one letter. The order owns its status: every move goes through
/// <see cref="MoveTo"/>, which refuses illegal moves and writes the history line in the same change.
/// </summary>
public sealed class Order
{
    private readonly List<OrderStatusChange> _history = [];
    private readonly List<OrderAnecdote> _anecdotes = [];

    public int Id { get; private set; }
    public int CustomerId { get; private set; }
    public int RecipientId { get; private set; }
    public string OccasionKey { get; private set; } = "";
    /// <summary>What the customer wants said.</summary>
    public string Brief { get; private set; } = "";
    /// <summary>What the customer wants left unsaid.</summary>
    public string? Avoid { get; private set; }
    public DateOnly RequestedDeliveryDate { get; private set; }
    public long PriceCents { get; private set; }
    public string Currency { get; private set; } = "";
    public bool WantsProof { get; private set; }
    /// <summary>The customer asked (and paid) for the envelope to be addressed by hand.</summary>
    public bool WantsEnvelope { get; private set; }
    /// <summary>
    /// How this letter looks: hand, ink, paper, stationery and signature. It belongs to the order, fixed when it is
    /// placed (from the form, or the customer's profile as the default), so a later order never changes it; only
    /// the desk changes it, through <see cref="ChangeLook"/>.
    /// </summary>
    public LetterLook Look { get; private set; } = LetterLook.Default;
    /// <summary>The user name of the writer working on it, once assigned.</summary>
    public string? AssignedWriter { get; private set; }
    /// <summary>The customer's key for this request, so a retried order is not placed twice.</summary>
    public string? IdempotencyKey { get; private set; }
    /// <summary>SHA-256 of the request that placed the order, so a repeat of the key with another body is recognised.</summary>
    public string? RequestHash { get; private set; }
    /// <summary>Placed with a test-mode API key: runs the whole flow, but never enters a print batch and its PDFs carry a TEST mark.</summary>
    public bool IsTest { get; private set; }
    /// <summary>The customer wants this letter again every year (a birthday, an anniversary).</summary>
    public bool RepeatsYearly { get; private set; }
    /// <summary>The order this one repeats, when the studio created it from last year's.</summary>
    public int? RepeatOfOrderId { get; private set; }
    /// <summary>Extra fields for the occasion template (from a bulk upload), as a JSON object of strings.</summary>
    public string? MergeFieldsJson { get; private set; }
    public OrderStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Optimistic concurrency: bumped on every save, a stale save is refused.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<OrderStatusChange> History => _history;
    public IReadOnlyList<OrderAnecdote> Anecdotes => _anecdotes;

    private Order() { }

    public static Order Place(OrderDetails d, string actor, DateTimeOffset now)
    {
        if (Check(d, DateOnly.FromDateTime(now.UtcDateTime)).FirstOrDefault() is { } error) throw error.ToException();
        var who = Guard.Required(actor, "Actor", Limits.Actor);

        var order = new Order
        {
            CustomerId = d.CustomerId,
            RecipientId = d.RecipientId,
            OccasionKey = d.OccasionKey.Trim(),
            Brief = d.Brief.Trim(),
            Avoid = Blank(d.Avoid) ? null : d.Avoid.Trim(),
            RequestedDeliveryDate = d.RequestedDeliveryDate,
            PriceCents = d.PriceCents,
            Currency = d.Currency.Trim().ToUpperInvariant(),
            WantsProof = d.WantsProof,
            WantsEnvelope = d.Envelope,
            // A copy: EF Core maps the look as an owned type, and one owned instance cannot belong to two orders.
            Look = (d.Look ?? LetterLook.Default) with { },
            IdempotencyKey = Blank(d.IdempotencyKey) ? null : d.IdempotencyKey.Trim(),
            RequestHash = d.RequestHash,
            IsTest = d.IsTest,
            RepeatsYearly = d.RepeatsYearly,
            RepeatOfOrderId = d.RepeatOfOrderId,
            MergeFieldsJson = MergeFieldsToJson(d.MergeFields),
            Status = OrderStatus.Received,
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var id in d.AnecdoteIds.Distinct())
            order._anecdotes.Add(new OrderAnecdote(id, pinned: false, pickedByCustomer: true));
        order._history.Add(new OrderStatusChange(null, OrderStatus.Received, who, now, "Order placed"));
        return order;
    }

    /// <summary>
    /// Every rule the details of a new order must meet, in the order <see cref="Place"/> checks them (it throws the
    /// first). Validators that report per field (the bulk upload) call the same rules, so what passes there is placed here.
    /// </summary>
    public static IEnumerable<FieldError> Check(OrderDetails d, DateOnly today)
    {
        if (d.RequestedDeliveryDate < today)
            yield return new(nameof(RequestedDeliveryDate), $"{d.RequestedDeliveryDate:yyyy-MM-dd} is in the past.");
        if (d.PriceCents < 0)
            yield return new(nameof(PriceCents), "cannot be negative.");
        if (Guard.CheckRequired(d.Currency, nameof(Currency), 3) is { } currencyError) yield return currencyError;
        else if (d.Currency.Trim() is var currency && (currency.Length != 3 || !currency.All(char.IsAsciiLetter)))
            yield return new(nameof(Currency), $"'{d.Currency}' is not a three-letter currency code.");
        if (d.CustomerId <= 0) yield return new(nameof(CustomerId), "is required.");
        if (d.RecipientId <= 0) yield return new(nameof(RecipientId), "is required.");
        foreach (var error in CheckWording(d.OccasionKey, d.Brief, d.Avoid)) yield return error;
        if (Guard.CheckOptional(d.IdempotencyKey, nameof(IdempotencyKey), Limits.Key) is { } keyError) yield return keyError;
        foreach (var error in CheckMergeFields(d.MergeFields)) yield return error;
    }

    /// <summary>The rules on what the letter is asked to say: the occasion, the brief and what to avoid.</summary>
    public static IEnumerable<FieldError> CheckWording(string? occasionKey, string? brief, string? avoid) =>
        new[]
        {
            Guard.CheckRequired(occasionKey, nameof(OccasionKey), Limits.Key),
            Guard.CheckRequired(brief, nameof(Brief), Limits.Brief),
            Guard.CheckOptional(avoid, nameof(Avoid), Limits.Brief),
        }.OfType<FieldError>();

    /// <summary>The rules on the occasion template's extra fields: "MergeFields" for a name, "MergeFields.{name}" for a value.</summary>
    public static IEnumerable<FieldError> CheckMergeFields(IReadOnlyDictionary<string, string>? fields)
    {
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            if (Guard.CheckRequired(name, "MergeFields", Limits.Key) is { } nameError) yield return nameError;
            else if (Guard.CheckOptional(value, $"MergeFields.{name}", Limits.Brief) is { } valueError) yield return valueError;
        }
    }

    private static bool Blank([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>Moves the order on, or refuses with <see cref="IllegalTransitionException"/>. Every move is recorded.</summary>
    public void MoveTo(OrderStatus to, string actor, DateTimeOffset now, string? reason = null)
    {
        if (!OrderWorkflow.IsAllowed(Status, to))
            throw new IllegalTransitionException(Id, Status, to);
        var who = Guard.Required(actor, "Actor", Limits.Actor);
        var why = Guard.Optional(reason, "Reason", Limits.Reason);
        if (to == OrderStatus.Cancelled && why is null)
            throw new DomainValidationException("Reason", "a cancellation needs a reason.");
        if (to == OrderStatus.Drafting && Status == OrderStatus.InReview && why is null)
            throw new DomainValidationException("Reason", "asking for changes needs a comment saying what to change.");
        _history.Add(new OrderStatusChange(Status, to, who, now, why));
        Status = to;
        UpdatedAt = now;
    }

    /// <summary>Gives the order to a writer (Received -> Assigned), or hands it to another writer later on.</summary>
    public void AssignTo(string writer, string actor, DateTimeOffset now)
    {
        var name = Guard.Required(writer, nameof(AssignedWriter), Limits.Actor);
        if (Status == OrderStatus.Received)
            MoveTo(OrderStatus.Assigned, actor, now, $"Assigned to {name}");
        else if (OrderWorkflow.IsFinished(Status) || Status >= OrderStatus.Approved)
            throw new DomainValidationException(nameof(AssignedWriter), $"order {Id} is {OrderStatusWords.InSentence(Status)}; it can no longer be reassigned.");
        AssignedWriter = name;
        UpdatedAt = now;
    }

    /// <summary>
    /// The desk changes this order's look (and no other order's). Refused once the letter is approved: the stored PDF
    /// and the print room follow the look it was rendered in. The change is a line in the history, with no status move.
    /// </summary>
    public void ChangeLook(LetterLook look, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(look);
        if (OrderWorkflow.IsFinished(Status) || Status >= OrderStatus.Approved)
            throw new DomainValidationException(nameof(Look), $"{Reference} is {Status}; its look can no longer change.");
        if (look == Look) return;
        var who = Guard.Required(actor, "Actor", Limits.Actor);
        _history.Add(new OrderStatusChange(Status, Status, who, now, $"Look changed: {Describe(look)} (was {Describe(Look)})"));
        Look = look with { };
        UpdatedAt = now;
    }

    private static string Describe(LetterLook l) => $"{l.FontId} {l.FontSizePt:0.#} pt, ink {l.InkColour}, {l.Paper} {l.Stationery}";

    public void ChooseAnecdote(int anecdoteId, bool pinned)
    {
        var existing = _anecdotes.FirstOrDefault(a => a.AnecdoteId == anecdoteId);
        if (existing is null)
            _anecdotes.Add(new OrderAnecdote(anecdoteId, pinned, pickedByCustomer: false));
        else
            existing.SetPinned(pinned);
    }

    public void DropAnecdote(int anecdoteId) => _anecdotes.RemoveAll(a => a.AnecdoteId == anecdoteId);

    /// <summary>Stops (or starts) the yearly repeat; the customer can change their mind at any time.</summary>
    public void SetRepeatsYearly(bool repeats, DateTimeOffset now)
    {
        RepeatsYearly = repeats;
        UpdatedAt = now;
    }

    public IReadOnlyDictionary<string, string> MergeFields =>
        MergeFieldsJson is null
            ? new Dictionary<string, string>()
            : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(MergeFieldsJson) ?? [];

    private static string? MergeFieldsToJson(IReadOnlyDictionary<string, string>? fields) =>
        fields is null || fields.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(fields);

    public string Reference => ReferenceOf(Id);

    /// <summary>How people quote an order: "LS-000042".</summary>
    public static string ReferenceOf(int orderId) => $"LS-{orderId:D6}";
}
