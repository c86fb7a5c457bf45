using System.Text;
using System.Text.Json.Nodes;
using Resolint.Core.Rules;
using Resolint.Lsp;
using Resolint.Lsp.Protocol;

namespace Resolint.Tests.Lsp;

/// <summary>Whatever a client sends, it gets the right JSON-RPC error (or nothing, for a notification) and the server goes on.</summary>
public sealed class BadInputTests
{
    private const string Uri = TestDrafts.Uri;

    [Fact]
    public async Task A_header_without_content_length_is_skipped()
    {
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync();

        await connection.WriteAsync(Encoding.ASCII.GetBytes("Content-Type: application/vscode-jsonrpc\r\n\r\n"));
        await connection.WriteAsync(Encoding.ASCII.GetBytes("Content-Length: twelve\r\n\r\n"));

        Assert.True(await connection.ServesAsync(1));
    }

    [Fact]
    public async Task A_body_sent_without_a_header_is_skipped_and_the_next_message_is_found()
    {
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync();

        await connection.WriteAsync(Encoding.ASCII.GetBytes("""{"jsonrpc":"2.0","id":99,"method":"shutdown"}""" + "\r\n\r\n"));

        Assert.True(await connection.ServesAsync(2));
    }

    [Fact]
    public async Task Malformed_json_gets_a_parse_error_with_a_null_id()
    {
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync();

        await connection.SendAsync("""{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{""");
        JsonNode error = await connection.ResponseAsync(null);

        Assert.Equal(ErrorCodes.ParseError, (int?)error["error"]!["code"]);
        Assert.True(await connection.ServesAsync(4));
    }

    /// <remarks>JSON-RPC: the error carries the message's id where one can be read, else null.</remarks>
    [Theory]
    [InlineData("[1, 2, 3]", null)]
    [InlineData("""{"jsonrpc":"2.0","id":5}""", 5)]
    [InlineData("42", null)]
    public async Task Json_that_is_not_a_message_gets_an_invalid_request_error(string body, int? id)
    {
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync();

        await connection.SendAsync(body);
        JsonNode error = await connection.ResponseAsync(id);

        Assert.Equal(ErrorCodes.InvalidRequest, (int?)error["error"]!["code"]);
        Assert.True(await connection.ServesAsync(6));
    }

    [Fact]
    public async Task Invalid_utf8_in_a_request_gets_an_error_for_that_request()
    {
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync();
        byte[] body = [.. """{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///"""u8, 0xFF, 0xFE, .. """.md"},"position":{"line":0,"character":0}}}"""u8];

        await connection.SendAsync(body);
        JsonNode answer = await connection.ResponseAsync(7);

        Assert.Equal(ErrorCodes.InvalidParams, (int?)answer["error"]!["code"]);
        Assert.True(await connection.ServesAsync(8));
    }

    [Fact]
    public async Task Invalid_utf8_in_a_notification_is_dropped_without_an_answer()
    {
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync();
        byte[] body = [.. """{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///x.md","languageId":"markdown","version":1,"text":"The General Assembly, """u8, 0xC3, 0x28, .. "\"}}}"u8];

        await connection.SendAsync(body);

        // The next answer is the one to the next request: nothing was sent back for the notification.
        Assert.True(await connection.ServesAsync(9));
    }

    [Fact]
    public async Task Wrong_params_are_invalid_params()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();
        await client.OpenAsync(Uri, TestDrafts.Markdown);

        (int missing, string message) = await client.RequestErrorAsync("textDocument/hover", new { textDocument = new { uri = Uri } });
        (int wrongType, _) = await client.RequestErrorAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = "line 3" });
        (int nullUri, _) = await client.RequestErrorAsync("textDocument/documentSymbol", new { textDocument = new { uri = (string?)null } });
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = "file:///y.md" } });

        Assert.Equal(ErrorCodes.InvalidParams, missing);
        Assert.Contains("position", message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.InvalidParams, wrongType);
        Assert.Equal(ErrorCodes.InvalidParams, nullUri);
        Assert.NotNull(await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } }));
    }

    [Fact]
    public async Task A_request_about_a_document_that_is_not_open_is_invalid_params()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();

        (int code, string message) = await client.RequestErrorAsync("textDocument/documentSymbol", new { textDocument = new { uri = "file:///nowhere.md" } });

        Assert.Equal(ErrorCodes.InvalidParams, code);
        Assert.Contains("file:///nowhere.md is not open", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ten_megabyte_draft_is_checked_and_served()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();
        var text = new StringBuilder("The General Assembly,\n\n1. *Requests* the Secretary-General ");
        while (text.Length < 10 * 1024 * 1024)
        {
            text.Append("to report on the matter at length, with every detail that the Member States asked for, ");
        }

        text.Append("and so on;\n\n3. *Decides* to remain seized of the matter.\n");
        await client.OpenAsync(Uri, text.ToString());
        JsonNode published = await client.NextDiagnosticsAsync(Uri);
        JsonArray symbols = (await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } }))!.AsArray();

        Assert.Equal("RES101", (string?)Assert.Single(published["diagnostics"]!.AsArray())!["code"]);
        Assert.Equal(["1. Requests", "3. Decides"], symbols.Single(s => (string?)s!["name"] == "Operative part")!["children"]!.AsArray().Select(c => (string)c!["name"]!));
    }

    [Fact]
    public async Task A_handler_that_throws_answers_an_internal_error_without_a_stack_and_the_server_goes_on()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync(new ServerOptions { Rules = [new ThrowingRule()] });
        await client.OpenAsync(Uri, TestDrafts.Markdown);

        (int code, string message) = await client.RequestErrorAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });
        string logged = await client.NextLogAsync(m => m.Contains("not published", StringComparison.Ordinal));

        Assert.Equal(ErrorCodes.InternalError, code);
        Assert.Equal("resolint could not answer textDocument/diagnostic: The rule broke.", message);
        Assert.DoesNotContain(" at ", logged, StringComparison.Ordinal);
        Assert.NotNull(await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } }));
    }

    [Fact]
    public async Task A_cancelled_request_is_answered_with_request_cancelled()
    {
        var rule = new BlockingRule();
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync(new ServerOptions { Rules = [rule] });
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///drafts/nhri.md","languageId":"markdown","version":1,"text":"The General Assembly,\n\n1. *Decides* to act."}}}""");

        await connection.SendAsync("""{"jsonrpc":"2.0","id":10,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///drafts/nhri.md"}}}""");
        await rule.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":10}}""");
        await Task.Delay(100);
        rule.Release();
        JsonNode answer = await connection.ResponseAsync(10);

        Assert.Equal(ErrorCodes.RequestCancelled, (int?)answer["error"]!["code"]);
    }

    [Fact]
    public async Task A_server_stopped_while_a_report_is_on_its_way_stops_cleanly()
    {
        var rule = new BlockingRule();
        await using RawLspConnection connection = await RawLspConnection.InitializedAsync(new ServerOptions { Rules = [rule] });
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///drafts/nhri.md","languageId":"markdown","version":1,"text":"The General Assembly,\n\n1. *Decides* to act."}}}""");
        await rule.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        // The editor goes away and the server is stopped (Ctrl+C, or its host closing) while a check runs; the
        // report that check was going to send has nowhere to go.
        connection.HangUp();
        Task stopping = connection.Server.DisposeAsync().AsTask();
        rule.Release();

        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await connection.Server.Completion);
    }

    private sealed class ThrowingRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("TEST901", "Always fails", Severity.Error, RuleCategory.Structure, "A rule with a bug.");

        public override void Check(RuleContext context) => throw new InvalidOperationException("The rule broke.");
    }

    /// <summary>A check that waits for the test, so that a request is certainly still running when it is cancelled.</summary>
    private sealed class BlockingRule : Rule
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ManualResetEventSlim _release = new();

        public override RuleDescriptor Descriptor { get; } = new("TEST902", "Waits", Severity.Info, RuleCategory.Structure, "A slow rule.");

        public Task Entered => _entered.Task;

        public void Release() => _release.Set();

        public override void Check(RuleContext context)
        {
            _entered.TrySetResult();
            _release.Wait(TimeSpan.FromSeconds(30));
        }
    }
}
