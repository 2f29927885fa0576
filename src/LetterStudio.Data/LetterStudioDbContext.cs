using LetterStudio.Domain.Anecdotes;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Letters;
using LetterStudio.Domain.Occasions;
using LetterStudio.Domain.Orders;
using LetterStudio.Domain.Printing;
using LetterStudio.Domain.Styles;
using LetterStudio.Data.Accounts;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data;

/// <summary>
/// The order database. One model for both providers; each provider has a small subclass
/// (<see cref="SqliteLetterStudioDbContext"/>, <see cref="SqlServerLetterStudioDbContext"/>) only so that
/// each gets its own migrations set in Migrations/Sqlite and Migrations/SqlServer. Identity's account
/// tables are part of the same model.
/// </summary>
public abstract class LetterStudioDbContext(DbContextOptions options) : IdentityDbContext<StudioUser>(options)
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Recipient> Recipients => Set<Recipient>();
    public DbSet<Anecdote> Anecdotes => Set<Anecdote>();
    public DbSet<StyleProfile> StyleProfiles => Set<StyleProfile>();
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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity's tables (users, roles, claims) live in the order database too: one store, one backup.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LetterStudioDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ConcurrencyVersions.Bump(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ConcurrencyVersions.Bump(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
