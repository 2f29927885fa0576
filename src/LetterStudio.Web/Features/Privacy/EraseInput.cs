namespace LetterStudio.Web.Features.Privacy;

/// <summary>The erase-account form: the password again, so a cookie left on a shared computer cannot erase an account.</summary>
public sealed class EraseInput
{
    public string? Password { get; set; }
}
