using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Web.Features.Account;

public sealed class ResetPasswordInput
{
    public string? UserId { get; set; }
    public string? Code { get; set; }

    [Required, StringLength(200, MinimumLength = 10, ErrorMessage = "The password needs at least 10 characters."), DataType(DataType.Password), Display(Name = "New password")]
    public string Password { get; set; } = "";

    [Required, Compare(nameof(Password), ErrorMessage = "The two passwords are not the same."), DataType(DataType.Password), Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}
