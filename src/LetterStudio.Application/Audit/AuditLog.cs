using LetterStudio.Data;
using LetterStudio.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Audit;

/// <summary>
/// The studio's audit log (ASVS V7): sign-ins and failed sign-ins, sign-outs, password resets, API keys made and
/// revoked, roles given. Written in its own save, so a refused action is recorded too; an admin reads it at /admin/audit.
/// </summary>
public sealed class AuditLog(LetterStudioDbContext db, TimeProvider time)
{
    public async Task RecordAsync(string actor, string action, string subject, string? clientAddress = null, CancellationToken ct = default)
    {
        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), actor, action, subject, clientAddress));
        await db.SaveChangesAsync(ct);
    }

    public Task<List<AuditEntry>> LatestAsync(int take = 200, string? subject = null, CancellationToken ct = default) =>
        db.AuditEntries.AsNoTracking().Where(e => subject == null || e.Subject == subject || e.Actor == subject)
            .OrderByDescending(e => e.Id).Take(take).ToListAsync(ct);
}
