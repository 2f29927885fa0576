using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data;

/// <summary>
/// Optimistic concurrency that works the same on SQLite and SQL Server: entities with a <c>Version</c>
/// concurrency token get it bumped on every save that modifies them, so the UPDATE's WHERE clause carries
/// the version that was read and a stale save matches no row (DbUpdateConcurrencyException). SQL Server's
/// rowversion would do this by itself, but SQLite has none, and one mechanism keeps one model for both.
/// Every state-changing domain method (a status move, a new revision) also touches its owner's
/// UpdatedAt, so the owner is always among the modified entries.
/// </summary>
internal static class ConcurrencyVersions
{
    public const string PropertyName = "Version";

    public static void Bump(Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker tracker)
    {
        tracker.DetectChanges();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State != EntityState.Modified) continue;
            if (entry.Metadata.FindProperty(PropertyName) is not { IsConcurrencyToken: true }) continue;
            var version = entry.Property(PropertyName);
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }
}
