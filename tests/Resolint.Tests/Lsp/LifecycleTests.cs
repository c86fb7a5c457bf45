using System.Text.Json.Nodes;
using Resolint.Lsp.Protocol;

namespace Resolint.Tests.Lsp;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_announces_utf16_incremental_sync_and_every_feature()
    {
        await using LspTestClient client = LspTestClient.Start();

        JsonNode result = await client.InitializeAsync();

        JsonNode capabilities = result["capabilities"]!;
        Assert.Equal("utf-16", (string?)capabilities["positionEncoding"]);
        Assert.Equal(TextDocumentSyncKind.Incremental, (int?)capabilities["textDocumentSync"]!["change"]);
        Assert.True((bool?)capabilities["textDocumentSync"]!["openClose"]);
        foreach (string provider in new[] { "hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "foldingRangeProvider" })
        {
            Assert.True((bool?)capabilities[provider], provider);
        }

        Assert.NotNull(capabilities["completionProvider"]);
        Assert.Equal(["quickfix", "source.fixAll", "source.renumber"], capabilities["codeActionProvider"]!["codeActionKinds"]!.AsArray().Select(k => (string)k!));
        Assert.Equal("resolint.renumber", (string?)capabilities["executeCommandProvider"]!["commands"]![0]);
        Assert.Equal(4, capabilities["semanticTokensProvider"]!["legend"]!["tokenTypes"]!.AsArray().Count);
        Assert.Equal("resolint", (string?)capabilities["diagnosticProvider"]!["identifier"]);
        Assert.Equal("resolint", (string?)result["serverInfo"]!["name"]);

        // Nulls are omitted on the wire, never sent as null.
        Assert.DoesNotContain("null", result.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused_with_server_not_initialized()
    {
        await using LspTestClient client = LspTestClient.Start();

        (int code, _) = await client.RequestErrorAsync("textDocument/hover", TestDrafts.At(TestDrafts.Uri, TestDrafts.Markdown, "Welcomes"));

        Assert.Equal(ErrorCodes.ServerNotInitialized, code);
        await client.InitializeAsync();
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_second_initialize_is_an_invalid_request()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();

        (int code, string message) = await client.RequestErrorAsync("initialize", new { capabilities = new { } });

        Assert.Equal(ErrorCodes.InvalidRequest, code);
        Assert.Contains("already initialized", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_shutdown_requests_are_refused_and_exit_ends_with_code_0()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();
        await client.OpenAsync(TestDrafts.Uri, TestDrafts.Markdown);

        Assert.Null(await client.RequestAsync("shutdown"));
        (int code, _) = await client.RequestErrorAsync("textDocument/documentSymbol", new { textDocument = new { uri = TestDrafts.Uri } });
        Assert.Equal(ErrorCodes.InvalidRequest, code);

        await client.NotifyAsync("exit");
        Assert.Equal(0, await client.Server.Completion.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();

        await client.NotifyAsync("exit");

        Assert.Equal(1, await client.Server.Completion.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_client_that_disappears_ends_the_server_with_code_1()
    {
        LspTestClient client = await LspTestClient.InitializedAsync();

        client.Rpc.Dispose();

        Assert.Equal(1, await client.Server.Completion.WaitAsync(TimeSpan.FromSeconds(10)));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Unknown_methods_get_method_not_found_and_unknown_notifications_are_ignored()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();

        (int code, _) = await client.RequestErrorAsync("textDocument/inlayHint", new { textDocument = new { uri = TestDrafts.Uri } });
        await client.NotifyAsync("$/setTrace", new { value = "verbose" });
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = Array.Empty<object>() });

        Assert.Equal(ErrorCodes.MethodNotFound, code);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }
}
