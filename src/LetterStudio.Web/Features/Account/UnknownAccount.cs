using LetterStudio.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace LetterStudio.Web.Features.Account;

/// <summary>
/// A password check for an address with no account: a real hash verification against a hash made once per process,
/// so a sign-in for an unknown address takes as long as one for a known address with a wrong password (60 ms against
/// 150 ms once told them apart).
/// </summary>
internal static class UnknownAccount
{
    private static readonly StudioUser Nobody = new() { UserName = "nobody", Email = "nobody@letterstudio.invalid" };
    private static string? hash;

    public static void CheckPassword(IPasswordHasher<StudioUser> hasher, string? password)
    {
        hash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        _ = hasher.VerifyHashedPassword(Nobody, hash, password ?? "");
    }
}
