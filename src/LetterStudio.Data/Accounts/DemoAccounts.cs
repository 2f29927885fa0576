using LetterStudio.Data.Seeding;
using LetterStudio.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data.Accounts;

/// <summary>The studio's roles, always; and sign-ins for the demo studio's people, listed in README.</summary>
public static class DemoAccounts
{
    public static readonly (string Email, string Name, string[] Roles)[] Staff =
    [
        (DemoStudio.DemoWriter, "Wren Adler", [StudioRoles.Writer]),
        ("writer2@letterstudio.test", "Sam Quill", [StudioRoles.Writer]),
        ("admin@letterstudio.test", "Ada Admin", [StudioRoles.Admin, StudioRoles.Writer]),
        ("print@letterstudio.test", "Pat Press", [StudioRoles.PrintOperator]),
    ];

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in StudioRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
        }
    }

    /// <summary>Creates the demo sign-ins when there are none yet: staff, and one per demo customer.</summary>
    public static async Task SeedAsync(UserManager<StudioUser> users, LetterStudioDbContext db, string password, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct)) return;
        foreach (var (email, name, roles) in Staff)
            await CreateAsync(users, email, name, null, password, roles);
        foreach (var customer in await db.Customers.OrderBy(c => c.Id).ToListAsync(ct))
            await CreateAsync(users, customer.Email, customer.Name, customer.Id, password, [StudioRoles.Customer]);
    }

    private static async Task CreateAsync(UserManager<StudioUser> users, string email, string name, int? customerId, string password, string[] roles)
    {
        var user = new StudioUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CustomerId = customerId };
        Check(await users.CreateAsync(user, password), email);
        Check(await users.AddToRolesAsync(user, roles), email);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
