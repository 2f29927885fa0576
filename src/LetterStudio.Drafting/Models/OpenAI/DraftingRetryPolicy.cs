using System.ClientModel.Primitives;
using System.Globalization;

namespace LetterStudio.Drafting.Models.OpenAI;

/// <summary>
/// The SDK's retry policy (429, 408 and 5xx, and attempts that time out) with our own backoff: exponential from a
/// configured base, or the server's Retry-After when it asks for longer, and never more than <see cref="MaxDelay"/>.
/// </summary>
internal sealed class DraftingRetryPolicy(int maxRetries, TimeSpan baseDelay) : ClientRetryPolicy(maxRetries)
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override TimeSpan GetNextDelay(PipelineMessage message, int tryCount)
    {
        var backoff = baseDelay * Math.Pow(2, Math.Max(0, tryCount - 1));
        if (message.Response?.Headers.TryGetValue("Retry-After", out var value) == true
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            backoff = TimeSpan.FromSeconds(Math.Max(seconds, backoff.TotalSeconds));
        return backoff < MaxDelay ? backoff : MaxDelay;
    }
}
