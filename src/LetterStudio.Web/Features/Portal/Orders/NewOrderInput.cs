using System.ComponentModel.DataAnnotations;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Styles;

namespace LetterStudio.Web.Features.Portal.Orders;

/// <summary>The order form's fields; the memories the customer adds and picks are read from the form beside it.</summary>
public sealed class NewOrderInput
{
    [Required(ErrorMessage = "Choose who the letter is for.")]
    public int? RecipientId { get; set; }

    [Required(ErrorMessage = "Choose the occasion.")]
    public string? Occasion { get; set; }

    [Required(ErrorMessage = "Tell us what the letter should say.")]
    [StringLength(Limits.Brief, ErrorMessage = "Keep it under {1} characters.")]
    public string? Brief { get; set; }

    [StringLength(Limits.Brief, ErrorMessage = "Keep it under {1} characters.")]
    public string? Avoid { get; set; }

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
