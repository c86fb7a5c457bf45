using System.Text.Json.Nodes;
using Resolint.Core.Text;
using Resolint.Lsp;

namespace Resolint.Tests.Lsp;

/// <summary>
/// What makes typing fast must not change what is reported: a document edited many times (each version
/// parsed with the paragraphs of the last) is reported as the same text opened afresh.
/// </summary>
public sealed class KeystrokePathTests
{
    private const string Uri = TestDrafts.Uri;
    private const string Fresh = "file:///drafts/fresh.md";

    [Fact]
    public async Task A_draft_edited_keystroke_by_keystroke_is_reported_as_the_same_text_opened_afresh()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();
        string text = TestDrafts.Markdown;
        await client.OpenAsync(Uri, text);
        await client.NextDiagnosticsAsync(Uri);

        // Type a misspelt word into the last operative paragraph and a repeated date into the preamble, then
        // words into the paragraphs before them, a character at a time, waiting for each report so that every
        // version is parsed: the paragraphs after the one typed into are taken from the last version, moved.
        int version = 1;
        JsonNode edited = null!;
        foreach ((string anchor, bool after, string typed) in new[]
        {
            ("seized of the matter", true, " in the program"),
            ("on national institutions", true, " and its resolution 66/169 of 19 December 2011 and 66/169 of 19 December 2011"),
            ("*Encourages*", true, " in particular"),
            ("Welcoming the work", false, "Noting the report,\n\n"),
        })
        {
            int offset = text.IndexOf(anchor, StringComparison.Ordinal) + (after ? anchor.Length : 0);
            for (int i = 0; i < typed.Length; i++)
            {
                (int line, int character) = SourceText.From(text).PositionOf(offset + i);
                text = text.Insert(offset + i, typed[i].ToString());
                await client.ChangeAsync(Uri, ++version, new { range = new { start = new { line, character }, end = new { line, character } }, text = typed[i].ToString() });
                edited = await client.DiagnosticsAtVersionAsync(Uri, version);
            }
        }

        await client.OpenAsync(Fresh, text);
        JsonNode fresh = await client.NextDiagnosticsAsync(Fresh);

        Assert.NotEmpty(fresh["diagnostics"]!.AsArray());
        Assert.Equal(Comparable(fresh), Comparable(edited));
    }

    [Fact]
    public async Task A_server_that_warms_up_while_the_drafter_reads_reports_the_same_and_exits_cleanly()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync(new ServerOptions { WarmUp = true });
        string text = TestDrafts.Markdown;
        await client.OpenAsync(Uri, text);
        await client.NextDiagnosticsAsync(Uri);

        // The drafter reads for a while: the warm-up types into a seed of its own meanwhile, then the drafter types.
        await Task.Delay(TimeSpan.FromSeconds(1));
        int offset = text.IndexOf("seized of the matter", StringComparison.Ordinal);
        (int line, int character) = SourceText.From(text).PositionOf(offset);
        await client.ChangeAsync(Uri, 2, new { range = new { start = new { line, character }, end = new { line, character } }, text = "x" });
        JsonNode edited = await client.DiagnosticsAtVersionAsync(Uri, 2);

        await client.OpenAsync(Fresh, text.Insert(offset, "x"));
        JsonNode fresh = await client.NextDiagnosticsAsync(Fresh);

        Assert.NotEmpty(fresh["diagnostics"]!.AsArray());
        Assert.Equal(Comparable(fresh), Comparable(edited));
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    /// <summary>A report without what names the document or its version.</summary>
    private static string Comparable(JsonNode published)
    {
        JsonArray diagnostics = published["diagnostics"]!.DeepClone().AsArray();
        foreach (JsonNode? diagnostic in diagnostics)
        {
            diagnostic!["data"]?.AsObject().Remove("version");
            diagnostic["data"]?.AsObject().Remove("uri");
            foreach (JsonNode? related in diagnostic["relatedInformation"]?.AsArray() ?? [])
            {
                related!["location"]!.AsObject().Remove("uri");
            }
        }

        return diagnostics.ToJsonString();
    }
}
