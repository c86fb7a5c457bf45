using System.Text;
using System.Text.Json.Nodes;
using Nerdbank.Streams;
using Resolint.Lsp;
using Resolint.Testing;

namespace Resolint.Tests.Lsp;

/// <summary>A client that writes raw bytes, for input no well-behaved client library would send.</summary>
internal sealed class RawLspConnection : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly ServerMessageReader _reader;

    private RawLspConnection(ServerHost server, Stream stream)
    {
        Server = server;
        _stream = stream;
        _reader = new ServerMessageReader(stream);
    }

    public ServerHost Server { get; }

    /// <param name="initializeParams">The initialize request's params, as JSON.</param>
    public static async Task<RawLspConnection> InitializedAsync(ServerOptions? options = null, string initializeParams = """{"capabilities":{}}""")
    {
        RawLspConnection connection = Start(options);
        await connection.SendAsync("""{"jsonrpc":"2.0","id":0,"method":"initialize","params":""" + initializeParams + "}");
        await connection.ResponseAsync(0);
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        return connection;
    }

    /// <summary>A connection to a server that has not been initialized.</summary>
    public static RawLspConnection Start(ServerOptions? options = null)
    {
        (Stream serverSide, Stream clientSide) = FullDuplexStream.CreatePair();
        return new RawLspConnection(ServerHost.Start(serverSide, serverSide, options ?? new ServerOptions()), clientSide);
    }

    /// <summary>The next message the server sends whose method is this one (a request or notification to the client).</summary>
    public async Task<JsonNode> ServerMessageAsync(string method)
    {
        while (true)
        {
            JsonNode message = await ReadAsync();
            if ((string?)message["method"] == method)
            {
                return message;
            }
        }
    }

    public Task SendAsync(string json) => SendAsync(Encoding.UTF8.GetBytes(json));

    public Task SendAsync(byte[] body) => WriteAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);

    public async Task WriteAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    /// <summary>The response with this id; notifications and other responses before it are skipped.</summary>
    public async Task<JsonNode> ResponseAsync(int? id)
    {
        while (true)
        {
            JsonNode message = await ReadAsync();
            if (message["method"] is null && (int?)message["id"] == id)
            {
                return message;
            }
        }
    }

    /// <summary>True when a hover request with this id gets an answer: the server is still serving.</summary>
    public async Task<bool> ServesAsync(int id)
    {
        await SendAsync("""{"jsonrpc":"2.0","id":""" + id + ""","method":"textDocument/hover","params":{"textDocument":{"uri":"file:///none.md"},"position":{"line":0,"character":0}}}""");
        JsonNode answer = await ResponseAsync(id);
        return (int?)answer["error"]?["code"] == -32602; // "not open": an answer all the same
    }

    /// <summary>The client goes away without shutdown or exit: its end of the connection closes.</summary>
    public void HangUp() => _stream.Dispose();

    public async ValueTask DisposeAsync()
    {
        _stream.Dispose();
        await Server.DisposeAsync();
    }

    private async Task<JsonNode> ReadAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _reader.NextAsync(timeout.Token);
    }
}
