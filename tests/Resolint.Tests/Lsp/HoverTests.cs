using System.Text.Json.Nodes;
using Resolint.Lsp;

namespace Resolint.Tests.Lsp;

public sealed class HoverTests
{
    private const string Uri = TestDrafts.Uri;
    private static readonly string Text = TestDrafts.Markdown;

    [Fact]
    public async Task A_footnote_marker_shows_its_footnote()
    {
        await using LspTestClient client = await OpenedAsync();

        JsonNode hover = (await client.RequestAsync("textDocument/hover", TestDrafts.At(Uri, Text, "institutions,¹", plus: "institutions,".Length)))!;

        Assert.Equal("markdown", (string?)hover["contents"]!["kind"]);
        Assert.Equal("**Footnote 1**\n\nSee Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53 (A/78/53), chap. IV.", (string?)hover["contents"]!["value"]);
        Assert.Equal(TestDrafts.Find(Text, "¹", 0), TestDrafts.Start(hover["range"]!));
    }

    [Fact]
    public async Task A_cited_resolution_shows_what_the_catalogue_knows_of_it()
    {
        await using LspTestClient client = await OpenedAsync();

        JsonNode hover = (await client.RequestAsync("textDocument/hover", TestDrafts.At(Uri, Text, "48/134, annex", plus: 2)))!;

        string value = (string)hover["contents"]!["value"]!;
        Assert.StartsWith("**Resolution 48/134** — General Assembly, adopted 20 December 1993", value, StringComparison.Ordinal);
        Assert.Contains("In the corpus: `corpus/A-RES-48-134.md`", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operative_verb_shows_how_the_corpus_uses_it()
    {
        await using LspTestClient client = await OpenedAsync();

        JsonNode hover = (await client.RequestAsync("textDocument/hover", TestDrafts.At(Uri, Text, "Requests* Member", plus: 3)))!;

        string value = (string)hover["contents"]!["value"]!;
        Assert.StartsWith("**Requests** opens 30 operative paragraphs in the corpus, in 2 files.", value, StringComparison.Ordinal);
        Assert.Contains("italics in 28 of 28 paragraphs", value, StringComparison.Ordinal);
        Assert.Contains("`corpus/A-RES-74-156.md:71`", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_opener_the_corpus_never_uses_says_so()
    {
        string text = Text.Replace("Welcoming the work", "Applauding the work", StringComparison.Ordinal);
        await using LspTestClient client = await OpenedAsync(text);

        JsonNode hover = (await client.RequestAsync("textDocument/hover", TestDrafts.At(Uri, text, "Applauding")))!;

        Assert.Equal("**Applauding** does not open any of the corpus's preambular paragraphs.", (string?)hover["contents"]!["value"]);
    }

    [Fact]
    public async Task A_client_that_renders_plain_text_gets_plain_text()
    {
        LspTestClient client = await LspTestClient.InitializedAsync(
            new ServerOptions { LoadConventions = _ => TestConventions.Model },
            new { textDocument = new { hover = new { contentFormat = new[] { "plaintext" } } } });
        await using (client)
        {
            await client.OpenAsync(Uri, Text);

            JsonNode hover = (await client.RequestAsync("textDocument/hover", TestDrafts.At(Uri, Text, "institutions,¹", plus: "institutions,".Length)))!;

            Assert.Equal("plaintext", (string?)hover["contents"]!["kind"]);
            Assert.StartsWith("Footnote 1\n\nSee Official Records", (string?)hover["contents"]!["value"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Plain_words_have_no_hover_and_positions_past_the_end_are_clamped()
    {
        await using LspTestClient client = await OpenedAsync();

        JsonNode? words = await client.RequestAsync("textDocument/hover", TestDrafts.At(Uri, Text, "Global Alliance"));
        JsonNode? pastTheEnd = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 9999, character = 9999 } });
        JsonNode? pastTheLine = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = TestDrafts.Find(Text, "institutions,¹").Line, character = 5000 } });

        Assert.Null(words);
        Assert.Null(pastTheEnd);

        // Past the end of the line means the end of the line, which touches the marker ¹.
        Assert.Contains("Footnote 1", (string?)pastTheLine!["contents"]!["value"], StringComparison.Ordinal);
    }

    private static async Task<LspTestClient> OpenedAsync(string? text = null)
    {
        LspTestClient client = await LspTestClient.InitializedAsync(new ServerOptions { LoadConventions = _ => TestConventions.Model });
        await client.OpenAsync(Uri, text ?? Text);
        await client.NextDiagnosticsAsync(Uri); // published once the corpus's conventions are in force
        return client;
    }
}
