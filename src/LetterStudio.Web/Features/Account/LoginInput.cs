using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Web.Features.Account;

public sealed class LoginInput
{
    [Required, EmailAddress, Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required, DataType(DataType.Password), Display(Name = "Password")]
    public string Password { get; set; } = "";
}
