using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LetterStudio.TestSupport;

/// <summary>Keeps every log line with the values of the scopes it was written in, as a structured sink would see them.</summary>
public sealed class LogSink : ILoggerProvider, ISupportExternalScope
{
    public sealed record Line(string Category, string Message, IReadOnlyDictionary<string, object?> Scope);

    private readonly ConcurrentQueue<Line> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<Line> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => sink._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new Dictionary<string, object?>();
            sink._scopes.ForEachScope((scope, into) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    foreach (var (key, value) in pairs) into[key] = value;
            }, values);
            sink._lines.Enqueue(new Line(category, formatter(state, exception), values));
        }
    }
}
