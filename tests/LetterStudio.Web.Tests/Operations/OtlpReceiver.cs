using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace LetterStudio.Web.Tests.Operations;

/// <summary>
/// A tiny OTLP/HTTP collector on 127.0.0.1: accepts POST /v1/traces and /v1/metrics with protobuf bodies, answers
/// 200 with an empty (valid) export response, and keeps what it was sent, decoded by <see cref="OtlpProto"/>.
/// </summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _received = new();
    private readonly Task _loop;

    public OtlpReceiver()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }
    public string Endpoint => $"http://127.0.0.1:{Port}";

    public int Requests => _received.Count;

    public IReadOnlyList<OtlpProto.Span> Spans =>
        [.. _received.Where(r => r.Path == "/v1/traces").SelectMany(r => OtlpProto.Spans(r.Body))];

    public IReadOnlyList<OtlpProto.MetricName> Metrics =>
        [.. _received.Where(r => r.Path == "/v1/metrics").SelectMany(r => OtlpProto.Metrics(r.Body))];

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var path = context.Request.Url!.AbsolutePath;
            var accepted = context.Request.HttpMethod == "POST" && path is "/v1/traces" or "/v1/metrics"
                && context.Request.ContentType?.StartsWith("application/x-protobuf", StringComparison.Ordinal) == true;
            if (accepted) _received.Enqueue((path, body.ToArray()));
            context.Response.StatusCode = accepted ? 200 : 404;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
