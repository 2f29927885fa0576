using System.Text;
using LetterStudio.Data.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Account;

/// <summary>
/// Makes the absolute links that account mail carries, from <see cref="PublicUrlOptions.PublicBaseUrl"/> (never from the
/// request's Host header, which an attacker chooses), with Identity's one-time tokens Base64Url-encoded so they survive
/// being a query string. Only in Development, with no base URL set, is the request's own address used.
/// </summary>
public sealed class AccountLinks(UserManager<StudioUser> users, NavigationManager nav, IOptions<PublicUrlOptions> options)
{
    public async Task<string> ConfirmationAsync(StudioUser user) =>
        Link("account/confirm", user.Id, await users.GenerateEmailConfirmationTokenAsync(user));

    public async Task<string> PasswordResetAsync(StudioUser user) =>
        Link("account/reset", user.Id, await users.GeneratePasswordResetTokenAsync(user));

    public string Page(string path) => Absolute(path);

    private string Absolute(string path) =>
        (options.Value.BaseUri is { } baseUri ? new Uri(baseUri, path.TrimStart('/')) : nav.ToAbsoluteUri(path)).AbsoluteUri;

    /// <summary>A token from a link, or null when it is not Base64Url (a link cut short or tampered with).</summary>
    public static string? DecodeToken(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Link(string path, string userId, string token) =>
        nav.GetUriWithQueryParameters(Absolute(path), new Dictionary<string, object?>
        {
            ["userId"] = userId,
            ["code"] = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token)),
        });
}
