using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Web.Features.Account;

/// <summary>Limits on signing in and on account mail. Section "Accounts:Throttle".</summary>
public sealed class ThrottleOptions
{
    public const string SectionName = "Accounts:Throttle";

    /// <summary>The window every count below is kept for.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed sign-ins for one account from one client address before that address must wait for that account.</summary>
    [Range(1, 1000)]
    public int FailuresPerAccountAndClient { get; set; } = 5;

    /// <summary>Failed sign-ins from one client address, whatever the accounts, before it must wait.</summary>
    [Range(1, 100_000)]
    public int FailuresPerClient { get; set; } = 50;

    /// <summary>Account mails (reset, confirmation) to one address in the window; past it none is sent, and the page says the same.</summary>
    [Range(1, 1000)]
    public int MailsPerAddress { get; set; } = 3;

    /// <summary>Account mails asked for from one client address in the window; past it the page asks them to wait.</summary>
    [Range(1, 100_000)]
    public int MailsPerClient { get; set; } = 10;

    /// <summary>
    /// How many web nodes share the traffic. The counts live in each process, so behind a balancer that spreads requests
    /// over N nodes a guesser would get N times every limit; each node therefore allows its share, limit / Nodes (at least
    /// one), and the limits above hold for the whole studio. With sticky sessions a node is stricter than needed, never looser.
    /// </summary>
    [Range(1, 1000)]
    public int Nodes { get; set; } = 1;
}
