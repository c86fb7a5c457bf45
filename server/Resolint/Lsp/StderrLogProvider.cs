using Microsoft.Extensions.Logging;

namespace Resolint.Lsp;

/// <summary>
/// Writes the server's log to stderr, one line a message: "12:04:31.517 warn resolint.lsp: …", with the
/// exception and its stack after it. The console logger of Microsoft.Extensions.Logging did the same but
/// took 30–60 ms of the server's 300 ms start-up budget to set up (options, formatters, a writer thread),
/// measured with tests/e2e/bench/latency.js.
/// </summary>
internal sealed class StderrLogProvider(TextWriter writer) : ILoggerProvider
{
    private readonly Lock _writing = new();

    public ILogger CreateLogger(string categoryName) => new StderrLogger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        string line = $"{DateTime.Now:HH:mm:ss.fff} {Abbreviation(level)} {category}: {message}";
        lock (_writing)
        {
            writer.WriteLine(line);
            if (exception is not null)
            {
                writer.WriteLine(exception.ToString());
            }

            writer.Flush();
        }
    }

    private static string Abbreviation(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };

    private sealed class StderrLogger(StderrLogProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        // The factory has already applied the level the user chose.
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(logLevel, category, formatter(state, exception), exception);
            }
        }
    }
}
