using LetterStudio.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace LetterStudio.Application.Accounts;

/// <summary>
/// Refuses passwords that are among the first a guesser tries (ASVS 2.1.7): the most common passwords of ten or more
/// characters in the published breach lists, common words with digits or signs added at the end ("Password123!"),
/// one character repeated, keyboard and number runs, and the account's own address. A short list written here,
/// not a download: it catches the guesses that come first, not every breached password.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<StudioUser>
{
    // Roots as guessers use them; a password is refused when it is one of these once trailing digits and signs go.
    private static readonly HashSet<string> CommonRoots = new(StringComparer.Ordinal)
    {
        "password", "passw0rd", "p@ssword", "p@ssw0rd", "qwerty", "qwertyuiop", "qwertz", "azerty", "asdfghjkl", "zxcvbnm", "letmein", "welcome",
        "iloveyou", "admin", "administrator", "monkey", "dragon", "football", "baseball", "sunshine", "princess", "superman", "batman", "starwars",
        "trustno", "master", "shadow", "michael", "jennifer", "computer", "whatever", "changeme", "secret", "abc", "abcdef", "abcdefgh", "abcdefghij",
        "qazwsx", "1qaz2wsx", "1q2w3e4r", "1q2w3e4r5t", "zaq12wsx", "login", "hello", "freedom", "charlie", "jordan", "liverpool", "chelsea",
        "arsenal", "letterstudio", "studio", "summer", "winter", "spring", "autumn", "love", "test", "guest", "default",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<StudioUser> manager, StudioUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var lower = password.ToLowerInvariant();
        var root = lower.TrimEnd("0123456789!@#$%^&*()-_=+.,?~ ".ToCharArray());
        var local = (user.Email ?? user.UserName ?? "").Split('@')[0].ToLowerInvariant();
        var refused = root.Length == 0 || CommonRoots.Contains(root) || lower.Distinct().Count() <= 2 || IsRun(lower)
            || (local.Length >= 4 && lower.Contains(local, StringComparison.Ordinal));
        return Task.FromResult(refused
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = "This password is among the first that people guess; choose a phrase of your own." })
            : IdentityResult.Success);
    }

    /// <summary>"1234567890", "0987654321", "abcdefghij": each character one step from the last.</summary>
    private static bool IsRun(string s) =>
        Enumerable.Range(1, s.Length - 1).All(i => s[i] - s[i - 1] == 1) || Enumerable.Range(1, s.Length - 1).All(i => s[i] - s[i - 1] == -1);
}
