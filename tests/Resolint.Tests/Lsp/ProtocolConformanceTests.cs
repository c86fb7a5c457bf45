using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Resolint.Lsp.Protocol;

namespace Resolint.Tests.Lsp;

/// <summary>
/// What JSON-RPC 2.0 and LSP 3.17 ask of a server at the edges of the protocol: replies nobody asked for,
/// the lifecycle's error codes, the base protocol's headers, the client's process. Each case once broke the server.
/// </summary>
public sealed class ProtocolConformanceTests
{
    private const string Uri = TestDrafts.Uri;

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":987654,"result":null}""")]
    [InlineData("""{"jsonrpc":"2.0","id":987655,"error":{"code":-32603,"message":"no such request"}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":"a-string-id","result":{"applied":true}}""")]
    public async Task A_reply_to_no_request_of_the_server_is_ignored(string reply)
    {
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync();

        await connection.SendAsync(reply);

        Assert.True(await connection.ServesAsync(1));
        Assert.False(connection.Server.Completion.IsCompleted);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":ID,"result":null}""", "did not apply")]
    [InlineData("""{"jsonrpc":"2.0","id":ID,"result":{"applied":false,"failureReason":"read-only"}}""", "read-only")]
    [InlineData("""{"jsonrpc":"2.0","id":ID,"error":{"code":-32603,"message":"the editor is busy"}}""", "the editor is busy")]
    public async Task A_renumbering_the_editor_does_not_apply_is_a_failed_request_that_says_why(string answer, string reason)
    {
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync(initializeParams: """{"capabilities":{"workspace":{"applyEdit":true}}}""");
        await OpenAsync(connection);

        await connection.SendAsync("""{"jsonrpc":"2.0","id":2,"method":"workspace/executeCommand","params":{"command":"resolint.renumber","arguments":["URI"]}}""".Replace("URI", Uri, StringComparison.Ordinal));
        JsonNode applyEdit = await connection.ServerMessageAsync("workspace/applyEdit");
        await connection.SendAsync(answer.Replace("ID", applyEdit["id"]!.ToJsonString(), StringComparison.Ordinal));
        JsonNode error = (await connection.ResponseAsync(2))["error"]!;

        Assert.Equal(ErrorCodes.RequestFailed, (int?)error["code"]);
        Assert.Contains(reason, (string?)error["message"], StringComparison.Ordinal);
        Assert.True(await connection.ServesAsync(3));
    }

    [Theory]
    [InlineData("textDocument/hover")]
    [InlineData("no/suchMethod")]
    public async Task Before_initialize_every_request_but_initialize_gets_server_not_initialized(string method)
    {
        await using RawLspConnection connection = RawLspConnection.Start();

        await connection.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"METHOD","params":{}}""".Replace("METHOD", method, StringComparison.Ordinal));

        Assert.Equal(ErrorCodes.ServerNotInitialized, (int?)(await connection.ResponseAsync(1))["error"]!["code"]);
    }

    [Theory]
    [InlineData("textDocument/hover")]
    [InlineData("no/suchMethod")]
    public async Task After_shutdown_every_request_gets_invalid_request(string method)
    {
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync();
        await connection.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"shutdown"}""");
        await connection.ResponseAsync(1);

        await connection.SendAsync("""{"jsonrpc":"2.0","id":2,"method":"METHOD","params":{}}""".Replace("METHOD", method, StringComparison.Ordinal));

        Assert.Equal(ErrorCodes.InvalidRequest, (int?)(await connection.ResponseAsync(2))["error"]!["code"]);
    }

    [Theory]
    [InlineData("""{"id":4,"method":"textDocument/hover","params":{}}""")]
    [InlineData("""{"jsonrpc":"1.0","id":4,"method":"textDocument/hover","params":{}}""")]
    [InlineData("""{"jsonrpc":2.0,"id":4,"method":"textDocument/hover","params":{}}""")]
    public async Task A_message_that_is_not_json_rpc_2_0_gets_invalid_request_with_its_id(string message)
    {
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync();

        await connection.SendAsync(message);

        Assert.Equal(ErrorCodes.InvalidRequest, (int?)(await connection.ResponseAsync(4))["error"]!["code"]);
        Assert.True(await connection.ServesAsync(5));
    }

    [Theory]
    [InlineData("content-length")]
    [InlineData("CONTENT-LENGTH")]
    public async Task Header_names_are_read_whatever_their_case(string name)
    {
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync();
        byte[] body = Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":6,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///none.md"},"position":{"line":0,"character":0}}}""");

        await connection.WriteAsync([.. Encoding.ASCII.GetBytes($"{name}: {body.Length}\r\n\r\n"), .. body]);

        Assert.NotNull((await connection.ResponseAsync(6))["error"]);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -3)]
    public async Task A_negative_position_is_invalid_params_not_clamped(int line, int character)
    {
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync();
        await OpenAsync(connection);

        await connection.SendAsync(JsonSerializer.Serialize(new
        {
            jsonrpc = "2.0",
            id = 7,
            method = "textDocument/hover",
            @params = new { textDocument = new { uri = Uri }, position = new { line, character } },
        }));
        JsonNode error = (await connection.ResponseAsync(7))["error"]!;

        Assert.Equal(ErrorCodes.InvalidParams, (int?)error["code"]);
        Assert.Contains("negative", (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exit_with_a_request_in_flight_ends_the_server_once_the_client_hangs_up()
    {
        RawLspConnection connection = await RawLspConnection.InitializedAsync();
        await OpenAsync(connection);

        await connection.SendAsync("""{"jsonrpc":"2.0","id":8,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"URI"}}}""".Replace("URI", Uri, StringComparison.Ordinal));
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"exit"}""");
        connection.HangUp();

        // Before, the server waited 5 seconds for answers nobody could read any more.
        Assert.Equal(1, await connection.Server.Completion.WaitAsync(TimeSpan.FromSeconds(4)));
        await connection.DisposeAsync();
    }

    [Fact]
    public async Task The_server_exits_when_the_client_process_it_was_given_is_gone()
    {
        using var gone = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!;
        await gone.WaitForExitAsync();

        await using RawLspConnection connection = await RawLspConnection.InitializedAsync(initializeParams: $$"""{"capabilities":{},"processId":{{gone.Id}}}""");

        Assert.Equal(1, await connection.Server.Completion.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_living_client_process_keeps_the_server_running()
    {
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync(initializeParams: $$"""{"capabilities":{},"processId":{{Environment.ProcessId}}}""");

        Assert.True(await connection.ServesAsync(9));
        Assert.False(connection.Server.Completion.IsCompleted);
    }

    private static Task OpenAsync(RawLspConnection connection) =>
        connection.SendAsync(JsonSerializer.Serialize(new
        {
            jsonrpc = "2.0",
            method = "textDocument/didOpen",
            @params = new { textDocument = new { uri = Uri, languageId = "markdown", version = 1, text = TestDrafts.Markdown } },
        }));
}
