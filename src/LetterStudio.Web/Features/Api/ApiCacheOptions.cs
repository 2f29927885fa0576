using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Web.Features.Api;

/// <summary>The API's per-node cache of keys and list totals (<see cref="ApiCache"/>). Section "Api:Cache".</summary>
public sealed class ApiCacheOptions
{
    public const string SectionName = "Api:Cache";

    /// <summary>
    /// Entries kept on one node, keys and totals together; past it the cache drops the least recently used. One entry
    /// is a few hundred bytes, so the default costs a few MB at most.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>
    /// Seconds an API key's lookup is kept. Only memory: each call still checks the customer's stamp, so a revoked key
    /// is refused at once on every node whatever this says. 0 looks the key up on every call.
    /// </summary>
    [Range(0, 86_400)]
    public int KeySeconds { get; set; } = 300;
}
