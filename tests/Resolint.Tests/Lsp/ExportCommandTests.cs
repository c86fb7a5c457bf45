using System.Text.Json.Nodes;
using Resolint.Cli;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Tests.Cli;
using static Resolint.Tests.Documents.WordFixture;

namespace Resolint.Tests.Lsp;

/// <summary>
/// resolint.export: the server writes a draft as Word, Akoma Ntoso, Markdown or text; an open draft as the editor
/// holds it, any other from disk; the file reads back as the same draft; every mistake is a clear error.
/// </summary>
public sealed class ExportCommandTests
{
    /// <summary>The draft on disk; the editor's unsaved text welcomes "the note" rather than "the report".</summary>
    private static readonly string Unsaved = TestDrafts.Markdown.Replace("*Welcomes* the report", "*Welcomes* the note", StringComparison.Ordinal);

    [Theory]
    [InlineData("akn", ".xml")]
    [InlineData("md", ".md")]
    [InlineData("txt", ".txt")]
    public async Task An_open_draft_is_exported_as_the_editor_holds_it_and_reads_back(string to, string extension)
    {
        using var folder = new CliHarness();
        string draft = folder.Write("nhri.md", TestDrafts.Markdown);
        string uri = new Uri(draft).AbsoluteUri;
        string target = Path.Combine(folder.Folder, "out" + extension);
        await using LspTestClient server = await LspTestClient.InitializedAsync();
        await server.OpenAsync(uri, Unsaved, version: 2);

        JsonNode reply = (await server.RequestAsync("workspace/executeCommand", new { command = "resolint.export", arguments = new[] { new { uri, to, target = new Uri(target).AbsoluteUri } } }))!;

        Assert.Equal(target, (string?)reply["path"]);
        Assert.Equal(new Uri(target).AbsoluteUri, (string?)reply["uri"]);
        Draft written = ReadBack(target);
        Draft source = DraftParser.Parse(Unsaved, DraftForm.Markdown);
        Assert.Equal(source.Operative.Select(p => p.Number), written.Operative.Select(p => p.Number));
        Assert.Equal(source.Preamble.Count, written.Preamble.Count);
        Assert.Contains("Welcomes the note", written.Text.Text.Replace("*", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(TestDrafts.Markdown, File.ReadAllText(draft)); // the draft itself is untouched
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_word_draft_is_exported_from_its_file_or_its_view(bool throughView)
    {
        using var folder = new CliHarness();
        string docx = folder.WriteBytes("draft.docx", Build(
        [
            Styled("Italic", R("The General Assembly"), Upright(",")),
            P(R("Recalling", italic: true), R(" its resolution 70/1,")),
            P(R("1."), Tab(), R("Requests", italic: true), R(" the Secretary-General to report.")),
        ]));
        string uri = throughView ? Resolint.Lsp.DocumentView.UriOf(docx) : new Uri(docx).AbsoluteUri;
        string target = Path.Combine(folder.Folder, "draft.xml");
        await using LspTestClient server = await LspTestClient.InitializedAsync();

        JsonNode reply = (await server.RequestAsync("workspace/executeCommand", new { command = "resolint.export", arguments = new[] { new { uri, to = "akn", target } } }))!;

        Assert.Equal(target, (string?)reply["path"]);
        Draft written = ReadBack(target);
        Assert.Equal([1], written.Operative.Select(p => p.Number));
        Assert.Single(written.Preamble);
        Assert.Contains("the Secretary-General to report", written.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistakes_are_clear_errors_and_the_server_goes_on()
    {
        using var folder = new CliHarness();
        string draft = folder.Write("nhri.md", TestDrafts.Markdown);
        string broken = folder.Write("broken.docx", "this is plain text");
        string uri = new Uri(draft).AbsoluteUri;
        await using LspTestClient server = await LspTestClient.InitializedAsync();
        await server.OpenAsync(uri, TestDrafts.Markdown);
        await server.OpenAsync("untitled:Untitled-1", "Notes for the Bureau.\n");
        string Target(string name) => Path.Combine(folder.Folder, name);

        (int unknownForm, string unknownMessage) = await Export(server, uri, "pdf", Target("a.pdf"));
        (int itself, string itselfMessage) = await Export(server, uri, "md", draft);
        (int notOpen, string notOpenMessage) = await Export(server, "untitled:Untitled-9", "md", Target("b.md"));
        (int relative, string relativeMessage) = await Export(server, uri, "md", "b.md");
        (int unreadable, string unreadableMessage) = await Export(server, new Uri(broken).AbsoluteUri, "akn", Target("c.xml"));
        (int missing, string missingMessage) = await Export(server, new Uri(Target("gone.md")).AbsoluteUri, "akn", Target("d.xml"));
        (int unwritable, string unwritableMessage) = await Export(server, uri, "akn", Target("no-such-folder/e.xml"));
        (int noResolution, string noResolutionMessage) = await Export(server, "untitled:Untitled-1", "akn", Target("f.xml"));
        (int noArguments, string noArgumentsMessage) = await server.RequestErrorAsync("workspace/executeCommand", new { command = "resolint.export", arguments = new[] { uri } });

        Assert.Equal((-32602, -32602, -32602, -32602, -32602), (unknownForm, itself, notOpen, relative, noArguments));
        Assert.Contains("docx (Word), akn (Akoma Ntoso), md (Markdown) and txt (plain text)", unknownMessage, StringComparison.Ordinal);
        Assert.Contains("the draft itself", itselfMessage, StringComparison.Ordinal);
        Assert.Contains("neither open nor a file", notOpenMessage, StringComparison.Ordinal);
        Assert.Contains("absolute path", relativeMessage, StringComparison.Ordinal);
        Assert.Contains("\"target\"", noArgumentsMessage, StringComparison.Ordinal);
        Assert.Equal((-32803, -32803, -32803, -32803), (unreadable, missing, unwritable, noResolution));
        Assert.Contains("not a Word document", unreadableMessage, StringComparison.Ordinal);
        Assert.Contains("gone.md", missingMessage, StringComparison.Ordinal);
        Assert.Contains("Cannot write", unwritableMessage, StringComparison.Ordinal);
        Assert.Contains("no preambular or operative paragraph", noResolutionMessage, StringComparison.Ordinal);
        Assert.Equal(["broken.docx", "nhri.md"], Directory.GetFiles(folder.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(0, await server.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task The_commands_are_advertised()
    {
        await using LspTestClient server = LspTestClient.Start();

        JsonNode result = await server.InitializeAsync();

        Assert.Equal(
            ["resolint.renumber", "resolint.renderDocument", "resolint.export"],
            result["capabilities"]!["executeCommandProvider"]!["commands"]!.AsArray().Select(c => (string)c!));
    }

    private static Task<(int Code, string Message)> Export(LspTestClient server, string uri, string to, string target) =>
        server.RequestErrorAsync("workspace/executeCommand", new { command = "resolint.export", arguments = new[] { new { uri, to, target } } });

    /// <summary>An exported file read as the command line reads it.</summary>
    private static Draft ReadBack(string file)
    {
        DecodedDraft read = DraftFile.Read(file);
        return DraftParser.Parse(read.Text, read.Document?.Form ?? Core.Checking.Configuration.Default.FormOf(file));
    }
}
