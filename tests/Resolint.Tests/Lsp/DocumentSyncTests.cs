using System.Text.Json.Nodes;
using Resolint.Core.Rules;
using Resolint.Lsp.Protocol;

namespace Resolint.Tests.Lsp;

public sealed class DocumentSyncTests
{
    private const string Uri = TestDrafts.Uri;
    private static readonly string Text = TestDrafts.Markdown;

    [Fact]
    public async Task Opening_a_draft_publishes_its_diagnostics_with_version_rule_docs_and_fix_data()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();

        await client.OpenAsync(Uri, Text, version: 7);
        JsonNode published = await client.NextDiagnosticsAsync(Uri);

        Assert.Equal(7, (int?)published["version"]);
        JsonArray diagnostics = published["diagnostics"]!.AsArray();
        Assert.Single(diagnostics); // a skipped number is one finding, not one per paragraph after it
        JsonNode first = diagnostics[0]!;
        Assert.Equal("RES101", (string?)first["code"]);
        Assert.Equal("resolint", (string?)first["source"]);
        Assert.Equal(DiagnosticSeverity.Error, (int?)first["severity"]);
        Assert.Equal(RuleDescriptor.DocsBaseUri + "RES101.md", (string?)first["codeDescription"]!["href"]);
        Assert.Contains("numbered 4; expected 3", (string?)first["message"], StringComparison.Ordinal);
        Assert.Equal(TestDrafts.Find(Text, "4. *Encourages*"), TestDrafts.Start(first["range"]!));
        Assert.Equal("RES101", (string?)first["data"]!["rule"]);
        Assert.Equal(7, (int?)first["data"]!["version"]);
        Assert.Equal(Text.IndexOf("4. *Encourages*", StringComparison.Ordinal), (int?)first["data"]!["start"]);
    }

    [Fact]
    public async Task An_incremental_change_is_applied_and_republished_with_the_new_version()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();
        await client.OpenAsync(Uri, Text);
        await client.NextDiagnosticsAsync(Uri);

        // Renumber by hand: "4." becomes "3.", "5." becomes "4.".
        (int line4, int character4) = TestDrafts.Find(Text, "4. *Encourages*");
        (int line5, int character5) = TestDrafts.Find(Text, "5. *Decides*");
        await client.ChangeAsync(
            Uri,
            2,
            new { range = Range(line4, character4, line4, character4 + 1), text = "3" },
            new { range = Range(line5, character5, line5, character5 + 1), text = "4" });

        JsonNode published = await client.DiagnosticsAtVersionAsync(Uri, 2);
        Assert.Empty(published["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task A_burst_of_changes_is_applied_in_order()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();
        await client.OpenAsync(Uri, Text);
        await client.NextDiagnosticsAsync(Uri);
        (int line, int character) = TestDrafts.Find(Text, "4. *Encourages*");

        // 301 edits toggle the wrong number 4 → 3 → 4 …; in order, the last one leaves a 3 and no finding.
        const int Edits = 301;
        for (int i = 0; i < Edits; i++)
        {
            await client.ChangeAsync(Uri, 2 + i, new { range = Range(line, character, line, character + 1), text = i % 2 == 0 ? "3" : "4" });
        }

        JsonNode published = await client.DiagnosticsAtVersionAsync(Uri, Edits + 1);
        Assert.DoesNotContain(published["diagnostics"]!.AsArray(), d => ((string?)d!["message"])!.Contains("numbered 4", StringComparison.Ordinal));
        Assert.Single(published["diagnostics"]!.AsArray()); // "5." is still wrong
    }

    [Fact]
    public async Task A_full_text_change_replaces_the_document()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();
        await client.OpenAsync(Uri, Text);
        await client.NextDiagnosticsAsync(Uri);

        await client.ChangeAsync(Uri, 2, new { text = Text.Replace("4. *Encourages*", "3. *Encourages*", StringComparison.Ordinal).Replace("5. *Decides*", "4. *Decides*", StringComparison.Ordinal) });

        Assert.Empty((await client.DiagnosticsAtVersionAsync(Uri, 2))["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Changes_to_unopened_documents_and_stale_versions_are_logged_and_ignored()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();
        await client.OpenAsync(Uri, Text, version: 5);
        await client.NextDiagnosticsAsync(Uri);

        await client.ChangeAsync("file:///drafts/never-opened.md", 2, new { text = "x" });
        string unopened = await client.NextLogAsync(m => m.Contains("never-opened", StringComparison.Ordinal));
        await client.ChangeAsync(Uri, 5, new { text = "Stale text" });
        string stale = await client.NextLogAsync(m => m.Contains("version 5", StringComparison.Ordinal));

        Assert.Contains("not open", unopened, StringComparison.Ordinal);
        Assert.Contains("already applied", stale, StringComparison.Ordinal);

        // The stale change did not replace the text: the findings are still there, at the old version.
        JsonNode report = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } }))!;
        Assert.Single(report["items"]!.AsArray());
        Assert.StartsWith("5.", (string?)report["resultId"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();
        await client.OpenAsync(Uri, Text);
        await client.NextDiagnosticsAsync(Uri);

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });

        JsonNode cleared = await client.NextDiagnosticsAsync(Uri);
        Assert.Empty(cleared["diagnostics"]!.AsArray());
        Assert.Null(cleared["version"]);
        (int code, _) = await client.RequestErrorAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });
        Assert.Equal(ErrorCodes.InvalidParams, code);
    }

    [Fact]
    public async Task Pulled_diagnostics_are_full_then_unchanged_until_the_text_changes()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync(capabilities: new { textDocument = new { diagnostic = new { } } });
        await client.OpenAsync(Uri, Text);

        JsonNode full = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } }))!;
        JsonNode unchanged = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = (string?)full["resultId"] }))!;
        await client.ChangeAsync(Uri, 2, new { text = "The General Assembly,\n\n1. *Decides* to act." });
        JsonNode changed = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = (string?)full["resultId"] }))!;

        Assert.Equal("full", (string?)full["kind"]);
        Assert.Single(full["items"]!.AsArray());
        Assert.Equal("unchanged", (string?)unchanged["kind"]);
        Assert.Null(unchanged["items"]);
        Assert.Equal("full", (string?)changed["kind"]);
        Assert.Empty(changed["items"]!.AsArray());

        // A client that pulls is not pushed to as well: it would show every finding twice.
        Assert.False(client.Diagnostics.TryRead(out _));
    }

    [Fact]
    public async Task Columns_count_utf16_code_units_past_superscripts_curly_quotes_and_an_emoji()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();

        // The wrong number stands on a line after “quotes”, a superscript and 🇺🇳 (two surrogate pairs).
        string text = Text.Replace("4. *Encourages*", "4. *Encourages* “all” 🇺🇳 partners²", StringComparison.Ordinal)
            .Replace("5. *Decides* to", "5. *Decides* “🇺🇳” to", StringComparison.Ordinal);
        await client.OpenAsync(Uri, text);
        JsonNode published = await client.NextDiagnosticsAsync(Uri);

        JsonNode first = published["diagnostics"]!.AsArray()[0]!;
        Assert.Equal(TestDrafts.Find(text, "4. *Encourages*"), TestDrafts.Start(first["range"]!));

        // Hovering the marker after the emoji finds it at its UTF-16 column.
        JsonNode? hover = await client.RequestAsync("textDocument/hover", TestDrafts.At(Uri, text, "partners²", plus: "partners".Length));
        Assert.Contains("Footnote 2", (string?)hover!["contents"]!["value"], StringComparison.Ordinal);
        Assert.Equal(TestDrafts.Find(text, "partners²", plus: "partners".Length), TestDrafts.Start(hover["range"]!));
    }

    private static object Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } };
}
