using System.Diagnostics.Metrics;
using LetterStudio.Application.Health;
using LetterStudio.Data;
using LetterStudio.Domain.Printing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Telemetry;

/// <summary>
/// The gauges read from the database: orders by status, batch progress, the mail and webhook backlogs. Their callbacks
/// run only when a metrics exporter collects (every OpenTelemetry:MetricsInterval), a few indexed counts each time.
/// The figures are the whole studio's, so every node reports the same values: take the max across nodes, not the sum.
/// </summary>
internal sealed class StudioGauges : IDisposable
{
    private readonly Meter _meter;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger _logger;

    public StudioGauges(IServiceProvider services)
    {
        _scopes = services.GetRequiredService<IServiceScopeFactory>();
        _logger = services.GetRequiredService<ILogger<StudioGauges>>();
        _meter = services.GetRequiredService<IMeterFactory>().Create(StudioTelemetry.Name);
        _meter.CreateObservableGauge("letterstudio.orders", () => Read(db =>
            db.Orders.AsNoTracking().GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToList()
                .Select(g => new Measurement<long>(g.Count, new KeyValuePair<string, object?>("status", g.Key.ToString())))), "{order}",
            "Orders in the database, by status.");
        _meter.CreateObservableGauge("letterstudio.batch.letters", () => Read(db => BatchProgress(db, done: false)), "{letter}",
            "Letters in each batch being built.");
        _meter.CreateObservableGauge("letterstudio.batch.letters_done", () => Read(db => BatchProgress(db, done: true)), "{letter}",
            "Letters written so far in each batch being built.");
        _meter.CreateObservableGauge("letterstudio.mail.backlog", () => Read(db =>
        {
            var max = services.GetRequiredService<IOptions<Mail.MailOptions>>().Value.MaxAttempts;
            return [new Measurement<long>(Backlogs.Mail(db, max).LongCount())];
        }), "{message}", "Mail waiting to be sent (not sent, not given up).");
        _meter.CreateObservableGauge("letterstudio.webhooks.backlog", () => Read(db => [new Measurement<long>(Backlogs.Webhooks(db).LongCount())]),
            "{delivery}", "Webhook deliveries waiting (not delivered, not given up).");
    }

    private static IEnumerable<Measurement<long>> BatchProgress(LetterStudioDbContext db, bool done)
    {
        var batches = db.PrintBatches.AsNoTracking().Where(b => b.Status == PrintBatchStatus.Building)
            .Select(b => new { b.Id, b.LetterCount, Done = db.PrintBatchParts.Where(p => p.PrintBatchId == b.Id).Sum(p => (int?)p.LettersDone) ?? 0 })
            .ToList();
        return batches.Select(b => new Measurement<long>(done ? b.Done : b.LetterCount, new KeyValuePair<string, object?>("batch.id", b.Id)));
    }

    /// <summary>A database that is down or migrating gives no measurement this round, not an exception in the exporter.</summary>
    private IEnumerable<Measurement<long>> Read(Func<LetterStudioDbContext, IEnumerable<Measurement<long>>> read)
    {
        try
        {
            using var scope = _scopes.CreateScope();
            return read(scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>()).ToList();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogWarning("A gauge could not be read from the database: {Error}", ex.GetType().Name);
            return [];
        }
    }

    public void Dispose() => _meter.Dispose();
}
