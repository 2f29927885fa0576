using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using LetterStudio.Domain.Webhooks;

namespace LetterStudio.Application.Webhooks;

/// <summary>Posts one signed delivery and says how it went; never throws for the receiver's failures.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider time)
{
    public sealed record Outcome(bool Delivered, int? StatusCode, TimeSpan Duration, string? Error);

    public async Task<Outcome> SendAsync(string url, string secret, string eventId, string payloadJson, CancellationToken ct)
    {
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(payloadJson, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.EventIdHeader, eventId);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, payloadJson));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("LetterStudio-Webhooks", "1"));
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(WebhookOptions.HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new Outcome(true, status, Stopwatch.GetElapsedTime(started), null)
                : new Outcome(false, status, Stopwatch.GetElapsedTime(started), $"HTTP {status} {response.ReasonPhrase}".TrimEnd());
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new Outcome(false, null, Stopwatch.GetElapsedTime(started), "Timed out waiting for an answer.");
        }
        catch (HttpRequestException ex)
        {
            return new Outcome(false, null, Stopwatch.GetElapsedTime(started), ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message);
        }
    }
}
