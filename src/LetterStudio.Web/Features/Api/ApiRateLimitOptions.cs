using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Web.Features.Api;

/// <summary>How fast one API key may call: a token bucket per key. Section "Api:RateLimit".</summary>
public sealed class ApiRateLimitOptions
{
    public const string SectionName = "Api:RateLimit";
    public const string PolicyName = "per-api-key";

    /// <summary>Requests a key may make in a burst.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 200;

    /// <summary>Requests per second a key earns back.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 100;
}
