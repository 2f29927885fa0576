using System.ComponentModel.DataAnnotations;
using LetterStudio.Domain.Common;

namespace LetterStudio.Web.Features.Account;

public sealed class SignUpInput
{
    [Required, StringLength(Limits.Name), Display(Name = "Your name")]
    public string Name { get; set; } = "";

    [Required, EmailAddress, StringLength(Limits.Email), Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required, StringLength(200, MinimumLength = 10, ErrorMessage = "The password needs at least 10 characters."), DataType(DataType.Password), Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required, Compare(nameof(Password), ErrorMessage = "The two passwords are not the same."), DataType(DataType.Password), Display(Name = "Password again")]
    public string ConfirmPassword { get; set; } = "";
}
