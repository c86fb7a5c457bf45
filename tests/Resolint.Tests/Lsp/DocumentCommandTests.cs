using System.Text.Json.Nodes;
using Resolint.Core.Documents;
using Resolint.Core.Rules;
using Resolint.Lsp;
using Resolint.Tests.Cli;
using static Resolint.Tests.Documents.WordFixture;

namespace Resolint.Tests.Lsp;

/// <summary>
/// Word and Akoma Ntoso drafts in an editor: resolint.renderDocument gives a document's rendering and the findings
/// the command line gives for it (under its <c>.resolint.json</c>); the read-only view of it, once open, is checked
/// like any document; bad arguments and unreadable files are clear errors that leave the server serving.
/// </summary>
public sealed class DocumentCommandTests
{
    /// <summary>Its one operative paragraph is numbered 2 (RES101) and has a doubled space (RES603, which the tests turn off).</summary>
    private static byte[] WordDraft() => Build(
    [
        P(R("The General Assembly,")),
        P(R("Recalling", italic: true), R(" its resolution 70/1,")),
        P(R("2."), Tab(), R("Requests", italic: true), R(" the Secretary-General to  report.")),
    ]);

    [Fact]
    public async Task Render_document_gives_the_rendering_and_the_findings_the_command_line_gives()
    {
        using var cli = Harness();
        cli.Write(".resolint.json", """{ "rules": { "RES603": "off" } }""");
        string file = cli.WriteBytes("draft.docx", WordDraft());
        JsonNode fromCli = JsonNode.Parse(cli.Run("check", "--format", "json", "draft.docx").Output)!;

        await using LspTestClient server = await LspTestClient.InitializedAsync(Options());
        JsonNode rendered = (await server.RequestAsync("workspace/executeCommand", new { command = "resolint.renderDocument", arguments = new[] { new Uri(file).AbsoluteUri } }))!;

        Assert.Equal(DocumentReader.Read(file, File.ReadAllBytes(file)).Text, (string?)rendered["text"]);
        Assert.Equal("Word", (string?)rendered["kind"]);
        Assert.Equal(DocumentView.UriOf(file), (string?)rendered["uri"]);
        Assert.StartsWith("resolint-document:///", (string?)rendered["uri"], StringComparison.Ordinal);
        Assert.Equal(Findings(fromCli[0]!["diagnostics"]!), Findings(rendered["diagnostics"]!));
        Assert.Equal(["RES101"], Codes(rendered["diagnostics"]!)); // the file's configuration is in force: no RES603
    }

    [Fact]
    public async Task The_open_view_is_checked_under_the_files_configuration_and_offers_no_edits()
    {
        using var cli = Harness();
        cli.Write(".resolint.json", """{ "rules": { "RES603": "off" } }""");
        string file = cli.WriteBytes("draft.docx", WordDraft());
        await using LspTestClient server = await LspTestClient.InitializedAsync(Options());
        JsonNode rendered = (await server.RequestAsync("workspace/executeCommand", new { command = "resolint.renderDocument", arguments = new[] { new { uri = new Uri(file).AbsoluteUri } } }))!;

        // VS Code spells a URI without authority with one slash: "resolint-document:/path".
        string view = "resolint-document:" + new Uri(file).AbsolutePath;
        await server.OpenAsync(view, (string)rendered["text"]!, languageId: "un-resolution");
        JsonNode published = await server.NextDiagnosticsAsync(view);
        JsonNode? actions = await server.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = view },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 20, character = 0 } },
            context = new { diagnostics = Array.Empty<object>() },
        });

        Assert.Equal(Findings(rendered["diagnostics"]!), Findings(published["diagnostics"]!));
        Assert.Empty(actions!.AsArray());
    }

    [Theory]
    [InlineData("draft.docx", "this is plain text", "not a Word document")]
    [InlineData("draft.xml", "this is plain text", "not well-formed XML")]
    public async Task An_unreadable_document_is_a_clear_error_and_the_server_goes_on(string name, string content, string reason)
    {
        using var cli = Harness();
        string file = cli.Write(name, content);
        await using LspTestClient server = await LspTestClient.InitializedAsync(Options());

        (int code, string message) = await server.RequestErrorAsync("workspace/executeCommand", new { command = "resolint.renderDocument", arguments = new[] { new Uri(file).AbsoluteUri } });
        (int missing, string missingMessage) = await server.RequestErrorAsync("workspace/executeCommand", new { command = "resolint.renderDocument", arguments = new[] { new Uri(Path.Combine(cli.Folder, "gone.docx")).AbsoluteUri } });

        Assert.Equal(-32803, code);
        Assert.Contains(reason, message, StringComparison.Ordinal);
        Assert.Contains(name, message, StringComparison.Ordinal);
        Assert.Equal(-32803, missing);
        Assert.Contains("gone.docx", missingMessage, StringComparison.Ordinal);
        Assert.Equal(0, await server.ShutdownAndExitAsync());
    }

    [Theory]
    [InlineData("untitled:Untitled-1", "is not a file")]
    [InlineData("file:///drafts/a.md", "not a Word (.docx) or Akoma Ntoso (.xml) document")]
    public async Task Render_document_refuses_what_is_no_document_file(string uri, string reason)
    {
        await using LspTestClient server = await LspTestClient.InitializedAsync(Options());

        (int code, string message) = await server.RequestErrorAsync("workspace/executeCommand", new { command = "resolint.renderDocument", arguments = new[] { uri } });
        (int none, _) = await server.RequestErrorAsync("workspace/executeCommand", new { command = "resolint.renderDocument" });

        Assert.Equal(-32602, code);
        Assert.Contains(reason, message, StringComparison.Ordinal);
        Assert.Equal(-32602, none);
    }

    [Theory]
    [InlineData("resolint-document:///srv/drafts/my%20draft.docx")]
    [InlineData("resolint-document:/srv/drafts/my%20draft.docx")]
    public void A_view_names_its_file_in_either_spelling(string uri)
    {
        Assert.Equal("/srv/drafts/my draft.docx", DocumentView.FileOf(uri));
        Assert.Equal("resolint-document:///srv/drafts/my%20draft.docx", DocumentView.UriOf("/srv/drafts/my draft.docx"));
        Assert.Null(DocumentView.FileOf("file:///srv/drafts/my%20draft.docx"));
        Assert.Null(DocumentView.FileOf("resolint-document:relative.docx"));
    }

    private static CliHarness Harness()
    {
        var cli = new CliHarness(RuleCatalogue.All);
        cli.Environment = cli.Environment with { LearnConventions = _ => TestConventions.Model };
        return cli;
    }

    private static ServerOptions Options() => new() { LoadConventions = _ => TestConventions.Model };

    private static string[] Codes(JsonNode diagnostics) => diagnostics.AsArray().Select(d => (string)d!["code"]!).ToArray();

    /// <summary>A finding as both faces give it: rule, severity, range and message.</summary>
    private static string[] Findings(JsonNode diagnostics) =>
        diagnostics.AsArray()
            .Select(d => $"{d!["code"]} {d["severity"]} {d["range"]!.ToJsonString()} {d["message"]}")
            .Order(StringComparer.Ordinal)
            .ToArray();
}
