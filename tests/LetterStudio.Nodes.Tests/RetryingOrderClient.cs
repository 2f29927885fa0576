using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace LetterStudio.Nodes.Tests;

/// <summary>
/// An integration placing orders as a careful client does: every order has its own Idempotency-Key, requests go to the
/// nodes in turn, and a request that fails to connect, times out or answers 5xx is sent again with the same key and body
/// to the next node, until an answer comes. What it counts as acknowledged is what a 201 said.
/// </summary>
public sealed class RetryingOrderClient(IReadOnlyList<Uri> nodes, string apiKey, int recipientId, string run)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);
    private readonly HttpClient http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2), PooledConnectionLifetime = TimeSpan.FromSeconds(5) })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int next;

    /// <summary>Order number to the id its 201 named.</summary>
    public ConcurrentDictionary<int, int> Acknowledged { get; } = new();
    /// <summary>When (ms since the start) each acknowledgement arrived, to see the longest pause in them.</summary>
    public ConcurrentBag<long> AcknowledgedAt { get; } = [];
    public int Retries => retries;
    public int Replayed => replayed;
    private int retries, replayed;

    public static string KeyOf(string run, int n) => $"{run}-{n:D5}";

    public async Task PlaceAsync(int n, CancellationToken ct)
    {
        var started = Stopwatch.StartNew();
        var body = new { recipientId, occasion = "thank-you", brief = $"Order {n} of run {run}", requestedDeliveryDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40) };
        var node = Interlocked.Increment(ref next);
        while (true)
        {
            var target = nodes[node++ % nodes.Count];
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target, "/api/v1/orders")) { Content = JsonContent.Create(body) };
            request.Headers.Add("X-Api-Key", apiKey);
            request.Headers.Add("Idempotency-Key", KeyOf(run, n));
            try
            {
                using var response = await http.SendAsync(request, ct);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var id = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();
                    if (response.Headers.Contains("Idempotent-Replayed")) Interlocked.Increment(ref replayed);
                    if (!Acknowledged.TryAdd(n, id)) throw new AssertionException($"order {n} acknowledged twice");
                    AcknowledgedAt.Add(clock.ElapsedMilliseconds);
                    return;
                }
                // A refusal (4xx other than a rate limit) is an answer, and a wrong one for this test: fail loudly.
                if ((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
                    throw new AssertionException($"order {n} on {target}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }
            if (started.Elapsed > GiveUpAfter) throw new AssertionException($"order {n} found no node in {GiveUpAfter}");
            Interlocked.Increment(ref retries);
            await Task.Delay(100, ct);
        }
    }

    /// <summary>The longest time no order was acknowledged, between the first and the last acknowledgement.</summary>
    public TimeSpan LongestPause()
    {
        var at = AcknowledgedAt.OrderBy(t => t).ToArray();
        return TimeSpan.FromMilliseconds(at.Zip(at.Skip(1), (a, b) => b - a).DefaultIfEmpty(0).Max());
    }
}
