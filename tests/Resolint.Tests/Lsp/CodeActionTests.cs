using System.Text.Json.Nodes;

namespace Resolint.Tests.Lsp;

public sealed class CodeActionTests
{
    private const string Uri = TestDrafts.Uri;
    private static readonly string Text = TestDrafts.Markdown;

    [Fact]
    public async Task A_finding_offers_its_fix_as_a_preferred_quickfix()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();
        await client.OpenAsync(Uri, Text);
        JsonNode diagnostic = (await client.NextDiagnosticsAsync(Uri))["diagnostics"]![0]!;

        JsonArray actions = (await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = diagnostic["range"],
            context = new { diagnostics = new[] { diagnostic }, only = new[] { "quickfix" } },
        }))!.AsArray();

        JsonNode action = Assert.Single(actions)!;
        Assert.Equal("quickfix", (string?)action["kind"]);
        Assert.True((bool?)action["isPreferred"]);
        Assert.Equal("RES101", (string?)action["diagnostics"]![0]!["code"]);
        Assert.Equal(TestDrafts.Renumbered, Apply(Text, action["edit"]!));
    }

    [Fact]
    public async Task Fix_all_and_renumber_are_source_actions()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();
        await client.OpenAsync(Uri, Text);
        await client.NextDiagnosticsAsync(Uri);

        JsonArray actions = (await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } },
            context = new { diagnostics = Array.Empty<object>(), only = new[] { "source" } },
        }))!.AsArray();

        Assert.Equal(["source.fixAll", "source.renumber"], actions.Select(a => (string)a!["kind"]!));
        Assert.All(actions, a => Assert.Equal(TestDrafts.Renumbered, Apply(Text, a!["edit"]!)));
    }

    [Fact]
    public async Task A_well_numbered_draft_offers_nothing()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();
        await client.OpenAsync(Uri, TestDrafts.Renumbered);

        JsonArray actions = (await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 40, character = 0 } },
            context = new { diagnostics = Array.Empty<object>() },
        }))!.AsArray();

        Assert.Empty(actions);
    }

    [Fact]
    public async Task The_renumber_command_applies_its_edit_through_the_client()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync(capabilities: new { workspace = new { applyEdit = true } });
        await client.OpenAsync(Uri, Text);

        JsonNode? result = await client.RequestAsync("workspace/executeCommand", new { command = "resolint.renumber", arguments = new[] { Uri } });
        JsonNode applied = await client.Target.AppliedEdits.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Null(result);
        Assert.Equal("Renumber operative paragraphs", (string?)applied["label"]);
        Assert.Equal(TestDrafts.Renumbered, Apply(Text, applied["edit"]!));
    }

    [Fact]
    public async Task Unknown_commands_and_missing_arguments_are_invalid_params()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync(capabilities: new { workspace = new { applyEdit = true } });

        (int unknown, _) = await client.RequestErrorAsync("workspace/executeCommand", new { command = "resolint.format" });
        (int missing, string message) = await client.RequestErrorAsync("workspace/executeCommand", new { command = "resolint.renumber" });

        Assert.Equal(-32602, unknown);
        Assert.Equal(-32602, missing);
        Assert.Contains("URI", message, StringComparison.Ordinal);
    }

    /// <summary>Applies a WorkspaceEdit's edits for the test document, as an editor would.</summary>
    internal static string Apply(string text, JsonNode edit)
    {
        var lines = new Core.Text.SourceText(text);
        var edits = edit["changes"]![Uri]!.AsArray().Select(e => new Core.Text.TextEdit(
            lines.SpanOf(new Core.Text.SourceRange(
                new Core.Text.LinePosition((int)e!["range"]!["start"]!["line"]!, (int)e["range"]!["start"]!["character"]!),
                new Core.Text.LinePosition((int)e["range"]!["end"]!["line"]!, (int)e["range"]!["end"]!["character"]!))),
            (string)e["newText"]!));
        return Core.Text.SourceText.ApplyEdits(text, edits);
    }
}
