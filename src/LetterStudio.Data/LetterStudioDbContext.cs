using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Occasions;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Printing;
using LetterStudio.Domain.Styles;
using LetterStudio.Domain.Voice;
using LetterStudio.Domain.Webhooks;
using LetterStudio.Data.Webhooks;
using LetterStudio.Data.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data;

/// <summary>
/// The order database. One model for every provider; each provider has a small subclass
/// (<see cref="SqliteLetterStudioDbContext"/>, <see cref="SqlServerLetterStudioDbContext"/>,
/// <see cref="PostgresLetterStudioDbContext"/>) so that each gets its own migrations set in Migrations/Sqlite,
/// Migrations/SqlServer and Migrations/Postgres, and its own spelling where an engine needs one. Identity's account
/// tables are part of the same model, and so are the data-protection keys that sign cookies and antiforgery
/// tokens: every web node reads the same keys, so a request may land on any node.
/// </summary>
public abstract class LetterStudioDbContext(DbContextOptions options) : IdentityDbContext<StudioUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Recipient> Recipients => Set<Recipient>();
    public DbSet<Anecdote> Anecdotes => Set<Anecdote>();
    public DbSet<StyleProfile> StyleProfiles => Set<StyleProfile>();
    public DbSet<VoiceSample> VoiceSamples => Set<VoiceSample>();
    public DbSet<ClientVoice> ClientVoices => Set<ClientVoice>();
    public DbSet<Occasion> Occasions => Set<Occasion>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderStatusChange> OrderHistory => Set<OrderStatusChange>();
    public DbSet<Letter> Letters => Set<Letter>();
    public DbSet<LetterRevision> LetterRevisions => Set<LetterRevision>();
    public DbSet<LetterDocument> LetterDocuments => Set<LetterDocument>();
    public DbSet<PrintBatch> PrintBatches => Set<PrintBatch>();
    public DbSet<PrintBatchItem> PrintBatchItems => Set<PrintBatchItem>();
    public DbSet<PrintBatchPart> PrintBatchParts => Set<PrintBatchPart>();
    public DbSet<PrintBatchFile> PrintBatchFiles => Set<PrintBatchFile>();
    public DbSet<PrintReprint> PrintReprints => Set<PrintReprint>();
    public DbSet<Mail.OutboundMail> OutboundMail => Set<Mail.OutboundMail>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity's tables (users, roles, claims) live in the order database too: one store, one backup.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LetterStudioDbContext).Assembly);
    }

    /// <remarks>
    /// Every save also writes the webhook outbox (<see cref="WebhookOutbox"/>): one delivery per status change
    /// and active endpoint, in the same transaction. A new order gets its id only when inserted, and the
    /// event names it, so then the save runs in two steps inside one transaction.
    /// Changes are detected once, by <see cref="ConcurrencyVersions.Bump"/>; the steps after it (the outbox, EF's own
    /// save) run with automatic detection off, or each would scan every tracked entity again: seconds for a print
    /// batch of 10,000 letters.
    /// </remarks>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return SaveDetectedChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private int SaveDetectedChanges(bool acceptAllChangesOnSuccess)
    {
        ConcurrencyVersions.Bump(ChangeTracker);
        if (WebhookOutbox.Collect(this) is not { } outbox)
            return base.SaveChanges(acceptAllChangesOnSuccess);
        if (!outbox.NeedsOrderIds)
        {
            outbox.Enqueue(this);
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess: true);
        outbox.Enqueue(this);
        saved += base.SaveChanges(acceptAllChangesOnSuccess);
        transaction?.Commit();
        return saved;
    }

    private async Task<int> SaveDetectedChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        ConcurrencyVersions.Bump(ChangeTracker);
        if (await WebhookOutbox.CollectAsync(this, cancellationToken) is not { } outbox)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (!outbox.NeedsOrderIds)
        {
            outbox.Enqueue(this);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        outbox.Enqueue(this);
        saved += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return saved;
    }
}
