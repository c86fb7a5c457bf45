using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Resolint.Core.Corpus;
using Resolint.Lsp.Commands;
using Resolint.Lsp.Handlers;
using Resolint.Lsp.Protocol;
using StreamJsonRpc;

namespace Resolint.Lsp;

/// <summary>
/// One language server on one connection: the JSON-RPC transport, the lifecycle, the open documents and
/// the handlers, one per LSP method. <see cref="Completion"/> ends with the process's exit code.
/// </summary>
public sealed class ServerHost : IAsyncDisposable
{
    private readonly LspJsonRpc _rpc;
    private readonly ServerSession _session = new();
    private readonly DiagnosticsPublisher _publisher;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly Task<int> _completion;
    private readonly Lazy<Task> _disposal;

    /// <summary>How long, after exit, the answers to requests still being handled are waited for.</summary>
    private static readonly TimeSpan AnswerGrace = TimeSpan.FromSeconds(2);

    /// <summary>The methods the handlers serve; StreamJsonRpc serves $/cancelRequest itself.</summary>
    private readonly HashSet<string> _methods = new(StringComparer.Ordinal) { "$/cancelRequest" };

    private ServerHost(Stream input, Stream output, ServerOptions options)
    {
        var clientLog = new ClientLogProvider(options.LogLevel);
        _loggerFactory = LoggerFactory.Create(logging =>
        {
            logging.SetMinimumLevel(options.LogLevel).AddProvider(clientLog);
            options.Logging(logging);
        });
        _logger = _loggerFactory.CreateLogger("resolint.lsp");
        var formatter = new SystemTextJsonFormatter();
        LspJsonContext.Configure(formatter.JsonSerializerOptions);
        _rpc = new LspJsonRpc(new LspMessageHandler(output, input, formatter, Refusal, _logger), _logger);
        _rpc.TraceSource.Switch.Level = SourceLevels.Warning;
        _rpc.TraceSource.Listeners.Clear();
        _rpc.TraceSource.Listeners.Add(new RpcTraceListener(_logger));

        // The corpus is learned once the settings are known, off this thread: start-up does not wait for it.
        var documents = new DocumentStore(_logger);
        _publisher = new DiagnosticsPublisher(documents, _rpc, _logger);
        var configuration = new WorkspaceConfiguration(documents, _publisher, _session, options, _rpc, _logger);

        var executeCommand = new ExecuteCommandHandler(
        [
            new RenumberCommand(documents, _session, _rpc),
            new RenderDocumentCommand(documents, configuration),
            new ExportDraftCommand(documents, configuration),
        ]);
        AddHandler(new InitializeHandler(_session, _publisher, executeCommand.Names));
        AddHandler(new InitializedHandler(_session, configuration, options.WarmUp ? new KeystrokeWarmUp(_publisher, documents, formatter.JsonSerializerOptions, _logger, _stopping.Token) : null));
        AddHandler(new ShutdownHandler(_session, documents, _publisher));
        AddHandler(new ExitHandler(_session));
        AddHandler(new DidOpenHandler(documents, configuration, _publisher));
        AddHandler(new DidChangeHandler(documents, _publisher));
        AddHandler(new DidCloseHandler(documents, _publisher));
        AddHandler(new DidChangeConfigurationHandler(_session, configuration));
        AddHandler(new DidChangeWatchedFilesHandler(configuration));
        AddHandler(new DocumentDiagnosticHandler(documents));
        AddHandler(new CodeActionHandler(documents));
        AddHandler(executeCommand);
        AddHandler(new DocumentSymbolHandler(documents));
        AddHandler(new FoldingRangeHandler(documents));
        AddHandler(new DefinitionHandler(documents));
        AddHandler(new ReferencesHandler(documents));
        AddHandler(new SemanticTokensHandler(documents));
        AddHandler(new CompletionHandler(documents, _session));
        AddHandler(new HoverHandler(documents, _session));

        clientLog.Connect(_rpc);
        _rpc.StartListening();
        _completion = RunAsync();
        _disposal = new Lazy<Task>(DisposeOnceAsync);
    }

    /// <summary>The exit code: 0 after shutdown then exit, 1 when the client exits or disappears without shutdown.</summary>
    public Task<int> Completion => _completion;

    /// <summary>Starts serving a client over a pair of streams (stdin/stdout, or an in-process pipe in tests).</summary>
    public static ServerHost Start(Stream input, Stream output, ServerOptions options) => new(input, output, options);

    /// <summary>Stops serving and waits for the server to end; calling it again (or concurrently) only waits.</summary>
    public ValueTask DisposeAsync() => new(_disposal.Value);

    private async Task DisposeOnceAsync()
    {
        _stopping.Cancel();
        _rpc.Dispose();
        await _completion.ConfigureAwait(false);
        _stopping.Dispose();
        _loggerFactory.Dispose();
    }

    // StreamJsonRpc finds a handler's methods by reflection: under trimming and NativeAOT they must be kept.
    private void AddHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] THandler>(THandler handler)
        where THandler : notnull
    {
        foreach (System.Reflection.MethodInfo method in typeof(THandler).GetMethods())
        {
            if (method.GetCustomAttributes(typeof(JsonRpcMethodAttribute), false) is [JsonRpcMethodAttribute { Name: { } name }])
            {
                _methods.Add(name);
            }
        }

        _rpc.AddLocalRpcTarget(handler, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
    }

    /// <summary>
    /// The error a request gets before any handler runs: the lifecycle's refusal first (LSP asks -32002 before
    /// initialize and -32600 after shutdown, whatever the method), then -32601 for a method no handler serves.
    /// </summary>
    private (int Code, string Message)? Refusal(string method) =>
        _session.Refusal(method) ?? (_methods.Contains(method) ? null : (ErrorCodes.MethodNotFound, $"The server does not serve '{method}'."));

    private async Task<int> RunAsync()
    {
        Task publishing = _publisher.RunAsync(_stopping.Token);
        await Task.WhenAny(_session.Exited, _rpc.Completion).ConfigureAwait(false);
        if (!_session.Exited.IsCompleted)
        {
            _logger.LogWarning("The client closed the connection without exit.");
        }

        _publisher.Complete();
        _stopping.Cancel();
        await publishing.ConfigureAwait(false);
        // After exit, answers still on their way are waited for a moment, while the client still listens: a
        // client that closed the connection can read none of them.
        if (_session.Exited.IsCompleted)
        {
            Task answered = _rpc.AllAnswered();
            await Task.WhenAny(answered, _rpc.Completion, Task.Delay(AnswerGrace)).ConfigureAwait(false);
            if (!answered.IsCompleted && !_rpc.Completion.IsCompleted)
            {
                _logger.LogWarning("Exiting with requests still unanswered after {Seconds} seconds.", AnswerGrace.TotalSeconds);
            }
        }

        // Not awaited: after exit, the reader may sit in a blocking read of stdin that only the client's
        // closing of the pipe would end, and the process must end now.
        _ = _rpc.Completion.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        _rpc.Dispose();
        return _session.ExitCode;
    }
}
