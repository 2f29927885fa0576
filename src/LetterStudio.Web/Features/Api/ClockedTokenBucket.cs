using System.Threading.RateLimiting;

namespace LetterStudio.Web.Features.Api;

/// <summary>
/// A token bucket that reads the app's <see cref="TimeProvider"/>. The framework's TokenBucketRateLimiter refills from
/// the machine's Stopwatch (System.Threading.RateLimiting takes no TimeProvider), so a test could only check a refusal by
/// racing the real clock. Tokens are worked out when asked for: whole periods since the last refill, each adding
/// <c>tokensPerPeriod</c> up to the limit. No queue: a request is let through or refused at once.
/// </summary>
public sealed class ClockedTokenBucket(int limit, int tokensPerPeriod, TimeSpan period, TimeProvider time) : RateLimiter
{
    private readonly int tokenLimit = limit;
    private readonly Lock _gate = new();
    private int _tokens = limit;
    private long _refilledAt = time.GetTimestamp();
    private long _successful, _failed;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                Refill();
                return _tokens == tokenLimit ? time.GetElapsedTime(_refilledAt) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            Refill();
            return new RateLimiterStatistics { CurrentAvailablePermits = _tokens, TotalSuccessfulLeases = _successful, TotalFailedLeases = _failed };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, tokenLimit);
        lock (_gate)
        {
            Refill();
            if (_tokens >= permitCount)
            {
                _tokens -= permitCount;
                _successful++;
                return Lease.Granted;
            }
            _failed++;
            // Whole periods until enough tokens are back, less the part of this period already gone.
            var periods = (permitCount - _tokens + tokensPerPeriod - 1) / tokensPerPeriod;
            var retryAfter = period * periods - time.GetElapsedTime(_refilledAt);
            return new Lease(false, retryAfter > TimeSpan.Zero ? retryAfter : period);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private void Refill()
    {
        var elapsed = time.GetElapsedTime(_refilledAt);
        var periods = elapsed.Ticks / period.Ticks;
        if (periods == 0) return;
        _tokens = (int)Math.Min(tokenLimit, _tokens + periods * tokensPerPeriod);
        // Keep the unused part of the current period, so refills stay on the period's beat.
        _refilledAt += (long)(periods * period.Ticks * (time.TimestampFrequency / (double)TimeSpan.TicksPerSecond));
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } r && metadataName == MetadataName.RetryAfter.Name ? r : null;
            return metadata is not null;
        }
    }
}
