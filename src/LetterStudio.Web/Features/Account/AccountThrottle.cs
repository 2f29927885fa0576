using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Account;

/// <summary>
/// Counts failed sign-ins and account mails in fixed windows, by client address and by account together, instead of
/// locking accounts: a stranger guessing from one place is slowed there, and the real owner elsewhere signs in as
/// usual. The key is the address typed, known account or not, so the throttle answers alike for both and reveals
/// nothing. A password reset clears an account's sign-in counts everywhere, so even an owner behind the same address
/// as the guesser gets in at once. Counts live in this process, not the database: a failed sign-in costs no write, and
/// several nodes keep the bound by each allowing its share (<see cref="ThrottleOptions.Nodes"/>); a restart forgets them.
/// </summary>
public sealed class AccountThrottle(IOptions<ThrottleOptions> options, TimeProvider time)
{
    // Bounded so a flood of distinct keys cannot grow it without end; past this, expired windows are dropped first.
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset Until)> _counts = new(StringComparer.Ordinal);

    public bool SignInBlocked(string? client, string account) =>
        Count($"fail:{client}:{Normal(account)}") >= Share(options.Value.FailuresPerAccountAndClient) || Count($"fail:{client}") >= Share(options.Value.FailuresPerClient);

    public void SignInFailed(string? client, string account)
    {
        Add($"fail:{client}:{Normal(account)}");
        Add($"fail:{client}");
    }

    /// <summary>After a password reset: the account's failed sign-ins are forgiven from every address.</summary>
    public void ForgiveAccount(string account)
    {
        var suffix = ":" + Normal(account);
        foreach (var key in _counts.Keys)
            if (key.StartsWith("fail:", StringComparison.Ordinal) && key.EndsWith(suffix, StringComparison.Ordinal)) _counts.TryRemove(key, out _);
    }

    /// <summary>Whether this client may ask for account mail now; counts the request.</summary>
    public bool MailAllowedFrom(string? client) => Add($"mail-client:{client}") <= Share(options.Value.MailsPerClient);

    /// <summary>Whether one more account mail may go to this address now; counts it.</summary>
    public bool MailAllowedTo(string address) => Add($"mail-to:{Normal(address)}") <= Share(options.Value.MailsPerAddress);

    /// <summary>This node's part of a studio-wide limit.</summary>
    private int Share(int limit) => Math.Max(1, limit / options.Value.Nodes);

    private static string Normal(string account) => account.Trim().ToUpperInvariant();

    private int Count(string key) => _counts.TryGetValue(key, out var c) && c.Until > time.GetUtcNow() ? c.Count : 0;

    private int Add(string key)
    {
        var now = time.GetUtcNow();
        if (_counts.Count >= MaxEntries)
            foreach (var (k, v) in _counts)
                if (v.Until <= now) _counts.TryRemove(k, out _);
        if (_counts.Count >= MaxEntries) _counts.Clear();
        var window = options.Value.Window;
        return _counts.AddOrUpdate(key, _ => (1, now + window), (_, c) => c.Until > now ? (c.Count + 1, c.Until) : (1, now + window)).Count;
    }
}
