using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LetterStudio.Drafting.Tests.Support;

/// <summary>
/// An OpenAI-compatible chat completions server on 127.0.0.1 with scripted answers (plain, streamed, faults) that
/// records every request it receives, so tests drive the real OpenAI SDK and read the prompt it sent.
/// </summary>
public sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();

    public Uri BaseUrl { get; }

    /// <summary>What the server answers once the script has run out.</summary>
    public Func<HttpContext, Task> Default { get; set; } = Completion(ModelAnswers.Valid);

    public IReadOnlyList<ReceivedRequest> Received => [.. _received];

    private FakeOpenAIServer(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = new Uri(address + "/v1");
    }

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeOpenAIServer? server = null;
        app.MapPost("/v1/chat/completions", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            server!._received.Enqueue(new ReceivedRequest(body, context.Request.Headers.Authorization.ToString()));
            var answer = server._script.TryDequeue(out var next) ? next : server.Default;
            await answer(context);
        });
        await app.StartAsync();
        server = new FakeOpenAIServer(app);
        return server;
    }

    /// <summary>Forgets the script, the requests received and the default answer, so one server serves a whole fixture.</summary>
    public void Reset()
    {
        _script.Clear();
        _received.Clear();
        Default = Completion(ModelAnswers.Valid);
    }

    public void Then(params Func<HttpContext, Task>[] answers)
    {
        foreach (var a in answers) _script.Enqueue(a);
    }

    public static Func<HttpContext, Task> Completion(string content, int promptTokens = 812, int completionTokens = 240) => context =>
    {
        var json = new JsonObject
        {
            ["id"] = "chatcmpl-test", ["object"] = "chat.completion", ["created"] = 1_700_000_000, ["model"] = "gpt-test",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0, ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content }, ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = promptTokens, ["completion_tokens"] = completionTokens, ["total_tokens"] = promptTokens + completionTokens },
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json.ToJsonString());
    };

    /// <summary>Server-sent events as OpenAI sends them: content deltas, a finish chunk, a usage chunk, then [DONE].</summary>
    public static Func<HttpContext, Task> Stream(IEnumerable<string> pieces, int promptTokens = 700, int completionTokens = 200) => async context =>
    {
        context.Response.ContentType = "text/event-stream";
        foreach (var piece in pieces)
        {
            await Event(context, Chunk(new JsonObject { ["content"] = piece }, null));
            await context.Response.Body.FlushAsync();
        }
        await Event(context, Chunk(new JsonObject(), "stop"));
        var usage = Chunk(null, null);
        usage["choices"] = new JsonArray();
        usage["usage"] = new JsonObject { ["prompt_tokens"] = promptTokens, ["completion_tokens"] = completionTokens, ["total_tokens"] = promptTokens + completionTokens };
        await Event(context, usage);
        await context.Response.WriteAsync("data: [DONE]\n\n");
    };

    public static Func<HttpContext, Task> Status(int status, string? retryAfter = null) => context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null) context.Response.Headers.RetryAfter = retryAfter;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync($$$"""{"error":{"message":"scripted {{{status}}}","type":"test","code":null}}""");
    };

    public static Func<HttpContext, Task> Hang(TimeSpan time) => async context =>
    {
        try
        {
            await Task.Delay(time, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, which is what the test wants.
        }
    };

    public static Func<HttpContext, Task> Raw(string body, string contentType = "application/json") => context =>
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    };

    private static JsonObject Chunk(JsonObject? delta, string? finish)
    {
        var choice = new JsonObject { ["index"] = 0, ["delta"] = delta ?? new JsonObject(), ["finish_reason"] = finish };
        return new JsonObject { ["id"] = "chatcmpl-test", ["object"] = "chat.completion.chunk", ["created"] = 1_700_000_000, ["model"] = "gpt-test", ["choices"] = new JsonArray(choice) };
    }

    private static Task Event(HttpContext context, JsonObject data) => context.Response.WriteAsync($"data: {data.ToJsonString()}\n\n");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
