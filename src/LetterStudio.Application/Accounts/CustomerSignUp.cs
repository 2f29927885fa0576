using LetterStudio.Data;
using LetterStudio.Data.Accounts;
using LetterStudio.Domain.Accounts;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Customers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Accounts;

/// <summary>
/// A customer signing themselves up: the customer record and their sign-in (role Customer, linked by
/// <see cref="StudioUser.CustomerId"/>) are written in one transaction, so there is never one without the other.
/// The account cannot sign in until the email is confirmed.
/// </summary>
public sealed class CustomerSignUp(LetterStudioDbContext db, UserManager<StudioUser> users, TimeProvider time, Audit.AuditLog audit)
{
    public async Task<SignUpOutcome> SignUpAsync(string name, string email, string password, CancellationToken ct = default)
    {
        Customer customer;
        try
        {
            // Checked before anything is written, so the form can name the field.
            customer = new Customer(name, email, address: null, time.GetUtcNow());
        }
        catch (DomainValidationException ex)
        {
            return SignUpOutcome.Refused(ex.Field, ex.Reason);
        }
        if (await users.FindByEmailAsync(customer.Email) is { } existing)
            return SignUpOutcome.AlreadyRegistered(existing);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A customer the studio entered by hand (or through the API) with no sign-in yet gets this one; the
        // email confirmation proves the mailbox is theirs before anyone can see it.
        var lowered = customer.Email.ToLowerInvariant();
        var known = await db.Customers.SingleOrDefaultAsync(c => c.Email.ToLower() == lowered, ct);
        if (known is not null && await db.Users.AnyAsync(u => u.CustomerId == known.Id, ct))
            return SignUpOutcome.Refused("Email", "belongs to a customer who already has a sign-in.");
        if (known is null)
        {
            db.Customers.Add(customer);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Two sign-ups for one address at the same moment: the unique index lets one through.
                return SignUpOutcome.Refused("Email", "is being signed up already; check your mail.");
            }
            known = customer;
        }

        var user = new StudioUser { UserName = customer.Email, Email = customer.Email, DisplayName = customer.Name, CustomerId = known.Id };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return SignUpOutcome.FromIdentity(created);
        var role = await users.AddToRoleAsync(user, StudioRoles.Customer);
        if (!role.Succeeded) return SignUpOutcome.FromIdentity(role);
        await audit.RecordAsync(customer.Email, $"signed up; role given: {StudioRoles.Customer}", customer.Email, ct: ct);
        await transaction.CommitAsync(ct);
        return SignUpOutcome.Created(user);
    }
}

/// <summary>What became of a sign-up: a new account, an address that already has one, or refusals naming the field.</summary>
public sealed record SignUpOutcome(StudioUser? NewUser, StudioUser? ExistingUser, IReadOnlyList<(string Field, string Message)> Errors)
{
    public bool Succeeded => NewUser is not null;

    public static SignUpOutcome Created(StudioUser user) => new(user, null, []);
    public static SignUpOutcome AlreadyRegistered(StudioUser user) => new(null, user, []);
    public static SignUpOutcome Refused(string field, string message) => new(null, null, [(field, message)]);

    public static SignUpOutcome FromIdentity(IdentityResult result) => new(null, null,
        [.. result.Errors.Select(e => (e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
            : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "Email" : "", e.Description))]);
}
