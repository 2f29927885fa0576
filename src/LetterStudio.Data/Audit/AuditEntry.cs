namespace LetterStudio.Data.Audit;

/// <summary>One thing that happened to an account or its keys: who, what, to whom, from where, when. Never changed once written.</summary>
public sealed class AuditEntry
{
    public const int TextLength = 200;

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    /// <summary>Who did it: the signed-in account, "api:…", "cli", or the address typed at a failed sign-in.</summary>
    public string Actor { get; private set; } = "";
    /// <summary>What happened, e.g. "sign-in", "sign-in failed", "api-key created".</summary>
    public string Action { get; private set; } = "";
    /// <summary>What it happened to: an account's address, a key's prefix.</summary>
    public string Subject { get; private set; } = "";
    public string? ClientAddress { get; private set; }

    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, string actor, string action, string subject, string? clientAddress)
    {
        At = at;
        Actor = Cut(actor);
        Action = Cut(action);
        Subject = Cut(subject);
        ClientAddress = clientAddress is null ? null : Cut(clientAddress);
    }

    private static string Cut(string s) => s.Length <= TextLength ? s : s[..TextLength];
}
