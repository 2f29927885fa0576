using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace LetterStudio.Cli.Tests.Drafting;

/// <summary>
/// A minimal OpenAI-compatible endpoint on 127.0.0.1 for the command line's drafting tests: every POST to
/// /v1/chat/completions gets the same scripted status and content. HttpListener keeps this test project free of ASP.NET.
/// </summary>
public sealed class ChatCompletionsStub : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly int _status;
    private readonly string _content;
    private readonly Task _loop;

    public string BaseUrl { get; }
    public int Requests { get; private set; }

    public ChatCompletionsStub(int status, string content)
    {
        (_status, _content) = (status, content);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/v1";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public static string Letter(string salutation, string[] paragraphs, string closing, string signature) =>
        JsonSerializer.Serialize(new { salutation, paragraphs, closing, signature });

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            Requests++;
            var body = _status == 200
                ? JsonSerializer.Serialize(new
                {
                    id = "chatcmpl-cli", @object = "chat.completion", created = 1_700_000_000, model = "gpt-cli",
                    choices = new[] { new { index = 0, message = new { role = "assistant", content = _content }, finish_reason = "stop" } },
                    usage = new { prompt_tokens = 900, completion_tokens = 300, total_tokens = 1200 },
                })
                : """{"error":{"message":"scripted failure","type":"test"}}""";
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = _status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
