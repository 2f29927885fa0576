using System.ComponentModel.DataAnnotations;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Web.Features.Portal.Orders;

/// <summary>
/// The order form's request: everything it asks for in one record bound by the form (memories and picks included),
/// checked by the built-in validation, the checks that need the studio (the date, the hands, the inks) included
/// (<see cref="NotPastAttribute"/> and its neighbours). The domain's own refusals are mapped onto the same fields by
/// name (<see cref="OrderFormFields"/>).
/// </summary>
public sealed record NewOrderInput
{
    [Required(ErrorMessage = "Choose who the letter is for.")]
    public int? RecipientId { get; set; }

    [Required(ErrorMessage = "Choose the occasion.")]
    public string? Occasion { get; set; }

    [Required(ErrorMessage = "Tell us what the letter should say.")]
    [StringLength(Limits.Brief, ErrorMessage = "Keep it to {1:N0} characters or fewer.")]
    public string? Brief { get; set; }

    [StringLength(Limits.Brief, ErrorMessage = "Keep it to {1:N0} characters or fewer.")]
    public string? Avoid { get; set; }

    /// <summary>Memories the customer adds while ordering (a fixed number of slots; empty ones are ignored).</summary>
    public List<NewMemoryInput> Memories { get; set; } = [];

    /// <summary>Memories told before, each offered with a tick box.</summary>
    public List<MemoryPick> Picks { get; set; } = [];

    [Required, OfferedHand] public string Font { get; set; } = "kristi";
    [Required, StudioInk] public string Ink { get; set; } = "#1B2A4A";
    public PaperSize Paper { get; set; } = PaperSize.A5;
    public Stationery Stationery { get; set; } = Stationery.Plain;

    [Required(ErrorMessage = "Choose the day it should arrive.")]
    [NotPast]
    public DateOnly? DeliveryDate { get; set; }

    public bool WantsProof { get; set; }
    public bool Envelope { get; set; }
    public bool RepeatsYearly { get; set; }

    /// <summary>Made when the form is shown, so sending it twice places one order.</summary>
    public string? RequestKey { get; set; }
}

/// <summary>
/// A memory added on the order form: what happened, and when (a date, or words). Checked by the built-in validation
/// slot by slot (the form's validator sees only the top-level record); an empty slot passes and is ignored.
/// </summary>
public sealed class NewMemoryInput : IValidatableObject
{
    public string? Text { get; set; }
    public DateOnly? On { get; set; }
    public string? When { get; set; }
    /// <summary>Who else is in it, as the customer writes it ("Grandma Rose (deceased), Tom").</summary>
    public string? People { get; set; }
    public bool Death { get; set; }
    public bool Illness { get; set; }
    public bool Private { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Text) && (On is not null || !string.IsNullOrWhiteSpace(When)))
            yield return new("Say what happened, or clear the date.", [nameof(Text)]);
        if (Text?.Length > Limits.AnecdoteText)
            yield return new($"Keep it to {Limits.AnecdoteText:N0} characters or fewer.", [nameof(Text)]);
        if (When?.Length > Limits.AnecdoteWhen)
            yield return new($"Keep it to {Limits.AnecdoteWhen:N0} characters or fewer.", [nameof(When)]);
        if (PeopleProblem() is { } problem)
            yield return new($"Who else is in it: {problem}", [nameof(People)]);
    }

    /// <summary>Why the domain's parser refuses the people as written, or null; the parser is the one the studio stores them with.</summary>
    private string? PeopleProblem()
    {
        if (string.IsNullOrWhiteSpace(People)) return null;
        try
        {
            Domain.Anecdotes.AnecdotePeople.Parse(People);
            return null;
        }
        catch (DomainValidationException ex)
        {
            return ex.Reason;
        }
    }
}

/// <summary>A memory told before, offered for this letter.</summary>
public sealed class MemoryPick
{
    public int Id { get; set; }
    public bool Chosen { get; set; }
}
