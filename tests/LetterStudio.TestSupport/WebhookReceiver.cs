using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LetterStudio.TestSupport;

/// <summary>
/// A business's webhook receiver: a real Kestrel server on 127.0.0.1 that records every POST (headers and the
/// exact body) and answers with the scripted status codes, then with <see cref="DefaultStatus"/>.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Received(string EventId, string? Timestamp, string? Signature, string Body, string ContentType, DateTimeOffset At);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _script = new();
    private readonly ConcurrentQueue<Received> _received = new();

    public Uri Url { get; }
    public int DefaultStatus { get; set; } = 200;
    /// <summary>How long each answer takes, to make two dispatchers overlap.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;
    public IReadOnlyList<Received> Requests => [.. _received];

    private WebhookReceiver(WebApplication app)
    {
        _app = app;
        Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/hooks/letterstudio");
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapPost("/hooks/letterstudio", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var h = context.Request.Headers;
            receiver!._received.Enqueue(new Received(h["LetterStudio-Event-Id"].ToString(), h["LetterStudio-Timestamp"].FirstOrDefault(),
                h["LetterStudio-Signature"].FirstOrDefault(), body, context.Request.ContentType ?? "", DateTimeOffset.UtcNow));
            if (receiver.Delay > TimeSpan.Zero) await Task.Delay(receiver.Delay);
            context.Response.StatusCode = receiver._script.TryDequeue(out var status) ? status : receiver.DefaultStatus;
        });
        await app.StartAsync();
        receiver = new WebhookReceiver(app);
        return receiver;
    }

    /// <summary>The next answers, in order: e.g. 500, 500, then the default.</summary>
    public void Then(params int[] statuses)
    {
        foreach (var s in statuses) _script.Enqueue(s);
    }

    /// <summary>Waits (really) until this many requests have come in, or fails after the timeout.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (_received.Count < count && DateTime.UtcNow < until) await Task.Delay(50);
        if (_received.Count < count) throw new TimeoutException($"The receiver got {_received.Count} of {count} expected webhook(s) in {timeout}.");
        return Requests;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
