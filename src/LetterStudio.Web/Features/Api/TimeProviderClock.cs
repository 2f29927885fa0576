using Microsoft.Extensions.Internal;

namespace LetterStudio.Web.Features.Api;

/// <summary>MemoryCache still reads time through ISystemClock; this hands it the app's TimeProvider, so tests can move it.</summary>
internal sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}
