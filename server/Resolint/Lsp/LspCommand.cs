using System.CommandLine;
using System.Runtime;
using Microsoft.Extensions.Logging;

namespace Resolint.Lsp;

/// <summary>`resolint lsp`: the language server over stdio, for any LSP editor.</summary>
public static class LspCommand
{
    public static Command Create()
    {
        var logLevel = new Option<LogLevel>("--log-level")
        {
            Description = "Least important log messages to write to stderr and to the editor's log",
            DefaultValueFactory = _ => LogLevel.Information,
        };

        // vscode-languageclient appends --stdio for the stdio transport; stdio is the only transport anyway.
        var stdio = new Option<bool>("--stdio") { Description = "Talk LSP over stdin and stdout (the default and only transport)" };
        var command = new Command("lsp", "Run the language server over stdin/stdout (LSP 3.17).") { logLevel, stdio };
        command.SetAction((result, cancellation) => RunAsync(result.GetValue(logLevel), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(LogLevel level, CancellationToken cancellation)
    {
        // stdout belongs to the protocol: anything else written to Console.Out (a library's stray line)
        // would corrupt a message, so it goes to stderr.
        Stream output = Console.OpenStandardOutput();
        Stream input = Console.OpenStandardInput();
        Console.SetOut(Console.Error);

        // A drafter types while the server checks: full collections run in the background rather than
        // stopping a keystroke's check for 20 ms (measured with tests/e2e/bench/latency.js).
        GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;

        var options = new ServerOptions
        {
            LogLevel = level,
            WarmUp = true,
            Logging = logging => logging.AddProvider(new StderrLogProvider(Console.Error)),
        };
        await using ServerHost host = ServerHost.Start(input, output, options);
        using CancellationTokenRegistration stop = cancellation.Register(() => _ = host.DisposeAsync().AsTask());
        return await host.Completion.ConfigureAwait(false);
    }
}
