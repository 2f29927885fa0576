using Microsoft.AspNetCore.Identity;

namespace LetterStudio.Data.Accounts;

/// <summary>A person who signs in: a writer, an admin, a print operator or a customer.</summary>
public sealed class StudioUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>For customer accounts, the customer record whose orders this user may see.</summary>
    public int? CustomerId { get; set; }
}
