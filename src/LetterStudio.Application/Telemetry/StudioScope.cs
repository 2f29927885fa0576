using System.Collections;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace LetterStudio.Application.Telemetry;

/// <summary>
/// The log scope of work on an order or a batch: OrderId and/or BatchId, and the node. A list of pairs, so the
/// JSON console formatter (and any structured sink) writes them as properties; the plain formatter shows ToString.
/// Scopes flow with the async call, so every line logged inside (EF, HTTP, the use case) carries them.
/// </summary>
public sealed class StudioScope(int? orderId, int? batchId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] _pairs = [
        .. orderId is { } o ? [new KeyValuePair<string, object?>("OrderId", o)] : Array.Empty<KeyValuePair<string, object?>>(),
        .. batchId is { } b ? [new KeyValuePair<string, object?>("BatchId", b)] : Array.Empty<KeyValuePair<string, object?>>(),
        new("Node", StudioNode.Name),
    ];

    public KeyValuePair<string, object?> this[int index] => _pairs[index];
    public int Count => _pairs.Length;
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_pairs).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() =>
        string.Join(" ", _pairs.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}:{p.Value}")));
}

public static class StudioScopes
{
    public static IDisposable? BeginOrderScope(this ILogger logger, int orderId) => logger.BeginScope(new StudioScope(orderId, null));

    public static IDisposable? BeginBatchScope(this ILogger logger, int batchId) => logger.BeginScope(new StudioScope(null, batchId));
}
