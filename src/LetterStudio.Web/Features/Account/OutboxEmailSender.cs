using LetterStudio.Application.Mail;
using LetterStudio.Data;
using LetterStudio.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace LetterStudio.Web.Features.Account;

/// <summary>
/// Identity's account mail (confirm your address, reset your password) through the studio's outbox, so it
/// is delivered like every other mail: by SMTP, or as .eml files in {data folder}/outbox. Our callers pass
/// plain absolute links (the bodies are plain text), not the HTML-encoded ones Identity's own endpoints pass.
/// </summary>
public sealed class OutboxEmailSender(MailOutbox outbox, LetterStudioDbContext db) : IEmailSender<StudioUser>
{
    public Task SendConfirmationLinkAsync(StudioUser user, string email, string confirmationLink) =>
        SendAsync(email, "Confirm your email address for LetterStudio",
            $"""
            Hello {user.DisplayName},

            Thank you for signing up to LetterStudio. Open this link to confirm your email address; you can sign in once it is confirmed:

            {confirmationLink}

            If you did not sign up, ignore this mail and nothing will happen.
            """);

    public Task SendPasswordResetLinkAsync(StudioUser user, string email, string resetLink) =>
        SendAsync(email, "Reset your LetterStudio password",
            $"""
            Hello {user.DisplayName},

            Someone (we hope you) asked to reset the password of your LetterStudio account. Open this link to choose a new one:

            {resetLink}

            The link works once and for a day. If you did not ask, ignore this mail: your password stays as it is.
            """);

    public Task SendPasswordResetCodeAsync(StudioUser user, string email, string resetCode) =>
        SendAsync(email, "Your LetterStudio password reset code",
            $"""
            Hello {user.DisplayName},

            Your code to reset your LetterStudio password is: {resetCode}

            If you did not ask, ignore this mail: your password stays as it is.
            """);

    /// <summary>
    /// Sign-up with an address that already has an account: the owner of the mailbox is told, and the
    /// sign-up page says the same as for a new account, so it never reveals who has an account.
    /// </summary>
    public Task SendAlreadyRegisteredAsync(StudioUser user, string signInLink, string resetLink) =>
        SendAsync(user.Email!, "You already have a LetterStudio account",
            $"""
            Hello {user.DisplayName},

            Someone (we hope you) tried to sign up to LetterStudio with this address, which already has an account.

            Sign in here: {signInLink}
            Forgotten your password? Choose a new one here: {resetLink}

            If it was not you, ignore this mail: nothing has changed.
            """);

    private async Task SendAsync(string to, string subject, string body)
    {
        outbox.Enqueue(to, subject, body);
        await db.SaveChangesAsync();
    }
}
