using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Web.Features.Account;

/// <summary>The one field of the "forgot password" and "send the confirmation again" forms.</summary>
public sealed class EmailInput
{
    [Required, EmailAddress, Display(Name = "Email")]
    public string Email { get; set; } = "";
}
