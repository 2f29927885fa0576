using System.ComponentModel.DataAnnotations;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Web.Features.Portal.Orders;

/// <summary>
/// The order form, everything it asks for in one model bound by the form (memories and picks included), checked by the
/// built-in validation; the checks that need the studio (the date, the hands, the domain's own) add to the same errors.
/// </summary>
public sealed class NewOrderInput
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

    [Required] public string Font { get; set; } = "kristi";
    [Required] public string Ink { get; set; } = "#1B2A4A";
    public PaperSize Paper { get; set; } = PaperSize.A5;
    public Stationery Stationery { get; set; } = Stationery.Plain;

    [Required(ErrorMessage = "Choose the day it should arrive.")]
    public DateOnly? DeliveryDate { get; set; }

    public bool WantsProof { get; set; }
    public bool Envelope { get; set; }
    public bool RepeatsYearly { get; set; }

    /// <summary>Made when the form is shown, so sending it twice places one order.</summary>
    public string? RequestKey { get; set; }
}

/// <summary>A memory added on the order form: what happened, and when (a date, or words).</summary>
public sealed class NewMemoryInput
{
    public string? Text { get; set; }
    public DateOnly? On { get; set; }
    public string? When { get; set; }
    /// <summary>Who else is in it, as the customer writes it ("Grandma Rose (deceased), Tom").</summary>
    public string? People { get; set; }
    public bool Death { get; set; }
    public bool Illness { get; set; }
    public bool Private { get; set; }
}

/// <summary>A memory told before, offered for this letter.</summary>
public sealed class MemoryPick
{
    public int Id { get; set; }
    public bool Chosen { get; set; }
}
