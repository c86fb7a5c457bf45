using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Nerdbank.Streams;
using Resolint.Lsp;
using StreamJsonRpc;

namespace Resolint.Tests.Lsp;

/// <summary>
/// An LSP client joined in-process to a <see cref="ServerHost"/> over a full-duplex stream. It speaks
/// JSON (JsonNode) so that tests see what the wire carries, and it answers the server's requests the
/// way an editor does.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    private readonly Channel<JsonNode> _diagnostics = Channel.CreateUnbounded<JsonNode>();
    private readonly Channel<JsonNode> _logs = Channel.CreateUnbounded<JsonNode>();

    private LspTestClient(ServerHost server, JsonRpc rpc, ClientTarget target)
    {
        Server = server;
        Rpc = rpc;
        Target = target;
    }

    public ServerHost Server { get; }

    public JsonRpc Rpc { get; }

    public ClientTarget Target { get; }

    public ChannelReader<JsonNode> Diagnostics => _diagnostics.Reader;

    public ChannelReader<JsonNode> Logs => _logs.Reader;

    public static LspTestClient Start(ServerOptions? options = null)
    {
        (Stream serverSide, Stream clientSide) = FullDuplexStream.CreatePair();
        ServerHost server = ServerHost.Start(serverSide, serverSide, options ?? new ServerOptions());
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientSide, clientSide, formatter));
        var target = new ClientTarget();
        var client = new LspTestClient(server, rpc, target);
        target.Client = client;
        rpc.AddLocalRpcTarget(target, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        return client;
    }

    /// <summary>Starts a server and completes the initialize handshake.</summary>
    public static async Task<LspTestClient> InitializedAsync(ServerOptions? options = null, object? capabilities = null, object? initializationOptions = null)
    {
        LspTestClient client = Start(options);
        await client.InitializeAsync(capabilities, initializationOptions);
        return client;
    }

    public async Task<JsonNode> InitializeAsync(object? capabilities = null, object? initializationOptions = null)
    {
        JsonNode? result = await RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            capabilities = capabilities ?? new { },
            initializationOptions,
        });
        await NotifyAsync("initialized", new { });
        return result!;
    }

    /// <summary>A request; JSON null comes back as null.</summary>
    public Task<JsonNode?> RequestAsync(string method, object? parameters = null) =>
        Rpc.InvokeWithParameterObjectAsync<JsonNode?>(method, parameters).WaitAsync(Timeout);

    /// <summary>Sends a request expected to fail and returns the JSON-RPC error code.</summary>
    public async Task<(int Code, string Message)> RequestErrorAsync(string method, object? parameters = null)
    {
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => Rpc.InvokeWithParameterObjectAsync<JsonNode?>(method, parameters).WaitAsync(Timeout));
        return error switch
        {
            RemoteInvocationException invocation => (invocation.ErrorCode, invocation.Message),
            RemoteMethodNotFoundException notFound => ((int)notFound.ErrorCode, notFound.Message),
            _ => throw new Xunit.Sdk.XunitException($"Unexpected {error.GetType().Name}: {error.Message}"),
        };
    }

    public Task NotifyAsync(string method, object? parameters = null) => Rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string uri, string text, int version = 1, string languageId = "markdown") =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version, text } });

    public Task ChangeAsync(string uri, int version, params object[] changes) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = changes });

    /// <summary>The next publishDiagnostics for a document, skipping those of other documents.</summary>
    public async Task<JsonNode> NextDiagnosticsAsync(string uri)
    {
        while (true)
        {
            JsonNode published = await _diagnostics.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
            if ((string?)published["uri"] == uri)
            {
                return published;
            }
        }
    }

    /// <summary>Diagnostics published for a document at a version (earlier versions are skipped).</summary>
    public async Task<JsonNode> DiagnosticsAtVersionAsync(string uri, int version)
    {
        while (true)
        {
            JsonNode published = await NextDiagnosticsAsync(uri);
            if ((int?)published["version"] == version)
            {
                return published;
            }
        }
    }

    public async Task<string> NextLogAsync(Func<string, bool> match)
    {
        while (true)
        {
            JsonNode log = await _logs.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
            string message = (string)log["message"]!;
            if (match(message))
            {
                return message;
            }
        }
    }

    public async Task<int> ShutdownAndExitAsync()
    {
        await RequestAsync("shutdown");
        await NotifyAsync("exit");
        return await Server.Completion.WaitAsync(Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        Rpc.Dispose();
        await Server.DisposeAsync();
    }

    public static TimeSpan Timeout => TimeSpan.FromSeconds(30);

    /// <summary>The editor's side: what the server sends to the client.</summary>
    internal sealed class ClientTarget
    {
        public LspTestClient? Client { get; set; }

        /// <summary>What workspace/configuration answers for the "resolint" section.</summary>
        public JsonNode? Settings { get; set; }

        public int ConfigurationRequests { get; private set; }

        public Channel<JsonNode> AppliedEdits { get; } = Channel.CreateUnbounded<JsonNode>();

        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void PublishDiagnostics(JsonNode parameters) => Client!._diagnostics.Writer.TryWrite(parameters);

        [JsonRpcMethod("window/logMessage")]
        public void LogMessage(JsonNode parameters) => Client!._logs.Writer.TryWrite(parameters);

        [JsonRpcMethod("workspace/configuration")]
        public JsonArray Configuration(JsonNode parameters)
        {
            ConfigurationRequests++;
            Assert.Equal("resolint", (string?)parameters["items"]![0]!["section"]);
            return new JsonArray(Settings?.DeepClone());
        }

        /// <summary>The glob patterns of the file watchers the server registered.</summary>
        public List<string> Registrations { get; } = [];

        [JsonRpcMethod("client/registerCapability")]
        public void RegisterCapability(JsonNode parameters)
        {
            foreach (JsonNode? registration in parameters["registrations"]!.AsArray())
            {
                foreach (JsonNode? watcher in registration!["registerOptions"]?["watchers"]?.AsArray() ?? [])
                {
                    lock (Registrations)
                    {
                        Registrations.Add((string)watcher!["globPattern"]!);
                    }
                }
            }
        }

        [JsonRpcMethod("workspace/applyEdit")]
        public JsonObject ApplyEdit(JsonNode parameters)
        {
            AppliedEdits.Writer.TryWrite(parameters);
            return new JsonObject { ["applied"] = true };
        }
    }
}
