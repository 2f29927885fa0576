using System.Text;

namespace LetterStudio.Web.Tests.Operations;

/// <summary>
/// Just enough of the protobuf wire format to read OTLP export requests: span names with their instrumentation scope
/// and parent, metric names, and the resource's string attributes. Field numbers from opentelemetry-proto
/// (trace/v1/trace.proto, metrics/v1/metrics.proto, common/v1/common.proto).
/// </summary>
public static class OtlpProto
{
    public sealed record Span(string Scope, string Name, bool HasParent, IReadOnlyDictionary<string, string> Resource);

    public sealed record MetricName(string Scope, string Name, IReadOnlyDictionary<string, string> Resource);

    public static IEnumerable<Span> Spans(byte[] request)
    {
        foreach (var resourceSpans in Messages(request, 1))
        {
            var resource = Resource(resourceSpans);
            foreach (var scopeSpans in Messages(resourceSpans, 2))
            {
                var scope = Messages(scopeSpans, 1).Select(s => String(s, 1)).FirstOrDefault() ?? "";
                foreach (var span in Messages(scopeSpans, 2))
                    yield return new Span(scope, String(span, 5) ?? "", Messages(span, 4).Any(p => p.Length > 0), resource);
            }
        }
    }

    public static IEnumerable<MetricName> Metrics(byte[] request)
    {
        foreach (var resourceMetrics in Messages(request, 1))
        {
            var resource = Resource(resourceMetrics);
            foreach (var scopeMetrics in Messages(resourceMetrics, 2))
            {
                var scope = Messages(scopeMetrics, 1).Select(s => String(s, 1)).FirstOrDefault() ?? "";
                foreach (var metric in Messages(scopeMetrics, 2))
                    yield return new MetricName(scope, String(metric, 1) ?? "", resource);
            }
        }
    }

    /// <summary>Resource.attributes (1) as KeyValue { key = 1; AnyValue value = 2 { string_value = 1 } }.</summary>
    private static Dictionary<string, string> Resource(byte[] owner) =>
        Messages(owner, 1).SelectMany(r => Messages(r, 1))
            .Select(kv => (Key: String(kv, 1), Value: Messages(kv, 2).Select(v => String(v, 1)).FirstOrDefault()))
            .Where(kv => kv.Key is not null && kv.Value is not null)
            .GroupBy(kv => kv.Key!).ToDictionary(g => g.Key, g => g.First().Value!);

    private static string? String(byte[] message, int field) =>
        Messages(message, field).Select(b => Encoding.UTF8.GetString(b)).FirstOrDefault();

    /// <summary>The length-delimited fields numbered <paramref name="field"/> (sub-messages, strings, bytes).</summary>
    private static IEnumerable<byte[]> Messages(byte[] message, int field)
    {
        var i = 0;
        while (i < message.Length)
        {
            var key = Varint(message, ref i);
            var number = (int)(key >> 3);
            switch ((int)(key & 7))
            {
                case 0: Varint(message, ref i); break;
                case 1: i += 8; break;
                case 5: i += 4; break;
                case 2:
                    var length = (int)Varint(message, ref i);
                    if (number == field) yield return message[i..(i + length)];
                    i += length;
                    break;
                default: throw new InvalidDataException($"wire type {key & 7} at byte {i}");
            }
        }
    }

    private static ulong Varint(byte[] data, ref int i)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = data[i++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
    }
}
