using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp;

/// <summary>
/// Forwards the server's log to the editor (window/logMessage), where a user looks first. Sending a
/// message can itself log (a failed send, StreamJsonRpc's tracing), so a message logged while one is
/// being forwarded on the same flow is kept to stderr instead of looping.
/// </summary>
internal sealed class ClientLogProvider : ILoggerProvider
{
    private static readonly AsyncLocal<bool> Forwarding = new();
    private readonly LogLevel _minimum;
    private JsonRpc? _rpc;

    public ClientLogProvider(LogLevel minimum)
    {
        _minimum = minimum;
    }

    /// <summary>Messages logged before the connection exists go to stderr only.</summary>
    public void Connect(JsonRpc rpc) => _rpc = rpc;

    public ILogger CreateLogger(string categoryName) => new ClientLogger(this);

    public void Dispose() => _rpc = null;

    private void Forward(LogLevel level, string message)
    {
        JsonRpc? rpc = _rpc;
        if (rpc is null || Forwarding.Value || rpc.IsDisposed)
        {
            return;
        }

        Forwarding.Value = true;
        try
        {
            var parameters = new LogMessageParams(TypeOf(level), message);
            _ = rpc.NotifyWithParameterObjectAsync("window/logMessage", parameters).ContinueWith(
                static t => _ = t.Exception, // observed: a closed connection is not worth a crash
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
        finally
        {
            Forwarding.Value = false;
        }
    }

    private static int TypeOf(LogLevel level) => level switch
    {
        LogLevel.Critical or LogLevel.Error => MessageType.Error,
        LogLevel.Warning => MessageType.Warning,
        LogLevel.Information => MessageType.Info,
        _ => MessageType.Log,
    };

    private sealed class ClientLogger(ClientLogProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= provider._minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                // The exception's message only: stacks belong in the stderr log.
                string message = formatter(state, exception);
                provider.Forward(logLevel, exception is null ? message : $"{message} ({exception.GetType().Name}: {exception.Message})");
            }
        }
    }
}

/// <summary>StreamJsonRpc reports its own troubles (a message it could not send, a bad argument) through a TraceSource.</summary>
internal sealed class RpcTraceListener(ILogger logger) : TraceListener
{
    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? message)
    {
        // An unknown method is answered with -32601 (or ignored, for a notification such as $/setTrace), and
        // a handler's failure is logged once, plainly, where it is answered: neither is news here.
        LogLevel level = id is (int)JsonRpc.TraceEvents.RequestWithoutMatchingTarget or (int)JsonRpc.TraceEvents.LocalInvocationError ? LogLevel.Debug
            : eventType <= TraceEventType.Error ? LogLevel.Error
            : LogLevel.Warning;
        logger.Log(level, "StreamJsonRpc: {Message}", message);
    }

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? format, params object?[]? args)
    {
        TraceEvent(eventCache, source, eventType, id, args is { Length: > 0 } && format is not null ? string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args) : format);
    }

    public override void Write(string? message) => logger.LogWarning("StreamJsonRpc: {Message}", message);

    public override void WriteLine(string? message) => Write(message);
}
