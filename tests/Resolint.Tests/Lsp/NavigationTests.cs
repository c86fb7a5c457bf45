using System.Text.Json.Nodes;

namespace Resolint.Tests.Lsp;

public sealed class NavigationTests
{
    private const string Uri = TestDrafts.Uri;
    private static readonly string Text = TestDrafts.Markdown;

    [Fact]
    public async Task Document_symbols_outline_heading_preamble_operative_part_and_footnotes()
    {
        await using LspTestClient client = await OpenedAsync();

        JsonArray symbols = (await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } }))!.AsArray();

        Assert.Equal(["A/RES/80/999", "Preamble", "Operative part", "Footnotes"], symbols.Select(s => (string)s!["name"]!));
        Assert.Equal("80/999 National human rights institutions", (string?)symbols[0]!["detail"]);
        Assert.Equal(["Recalling", "Recalling also", "Welcoming"], Names(symbols[1]!));
        Assert.Equal(["1. Welcomes", "2. Requests", "4. Encourages", "5. Decides"], Names(symbols[2]!));
        Assert.Equal(["Footnote 1", "Footnote 2", "Footnote 3"], Names(symbols[3]!));

        // A paragraph's selection is its opening words, inside its range.
        JsonNode welcomes = symbols[2]!["children"]![0]!;
        Assert.Equal(TestDrafts.Find(Text, "Welcomes* the"), TestDrafts.Start(welcomes["selectionRange"]!));
        Assert.Equal(TestDrafts.Find(Text, "1. *Welcomes*"), TestDrafts.Start(welcomes["range"]!));
        Assert.StartsWith("Welcomes the report", (string?)welcomes["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sub_paragraphs_nest_under_their_operative_paragraph()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();
        const string Draft = """
            The General Assembly,

            1. *Requests* the Secretary-General:

               (a) To report on the matter;

               (b) To consult Member States;

            2. *Decides* to remain seized of the matter.
            """;
        await client.OpenAsync(Uri, Draft);

        JsonArray symbols = (await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } }))!.AsArray();

        JsonNode operative = symbols.Single(s => (string?)s!["name"] == "Operative part")!;
        Assert.Equal(["(a)", "(b)"], Names(operative["children"]![0]!));
    }

    [Fact]
    public async Task Folding_ranges_cover_the_parts_of_the_draft()
    {
        await using LspTestClient client = await OpenedAsync();

        JsonArray folds = (await client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = Uri } }))!.AsArray();

        var lines = folds.Select(f => ((int)f!["startLine"]!, (int)f["endLine"]!)).ToList();
        Assert.Contains((TestDrafts.Find(Text, "Recalling its").Line, TestDrafts.Find(Text, "Welcoming the").Line), lines);
        Assert.Contains((TestDrafts.Find(Text, "1. *Welcomes*").Line, TestDrafts.Find(Text, "5. *Decides*").Line), lines);
        Assert.Contains((TestDrafts.Find(Text, "¹ See").Line, TestDrafts.Find(Text, "³ A/80/208").Line), lines);
        Assert.All(folds, f => Assert.True((int)f!["endLine"]! > (int)f["startLine"]!));
    }

    [Fact]
    public async Task Definition_of_a_footnote_marker_is_its_footnote()
    {
        await using LspTestClient client = await OpenedAsync();

        JsonArray locations = (await client.RequestAsync("textDocument/definition", TestDrafts.At(Uri, Text, "Principles),²", plus: "Principles),".Length)))!.AsArray();

        JsonNode location = Assert.Single(locations)!;
        Assert.Equal(Uri, (string?)location["uri"]);
        Assert.Equal(TestDrafts.Find(Text, "² Resolution 48/134"), TestDrafts.Start(location["range"]!));
    }

    [Fact]
    public async Task Definition_elsewhere_is_empty()
    {
        await using LspTestClient client = await OpenedAsync();

        JsonArray locations = (await client.RequestAsync("textDocument/definition", TestDrafts.At(Uri, Text, "Global Alliance")))!.AsArray();

        Assert.Empty(locations);
    }

    [Fact]
    public async Task References_of_a_footnote_are_every_marker_and_the_footnote()
    {
        await using LspTestClient client = await OpenedAsync();

        JsonArray withFootnote = (await client.RequestAsync("textDocument/references", new
        {
            textDocument = new { uri = Uri },
            position = TestDrafts.Position(Text, "² Resolution"),
            context = new { includeDeclaration = true },
        }))!.AsArray();
        JsonArray markersOnly = (await client.RequestAsync("textDocument/references", new
        {
            textDocument = new { uri = Uri },
            position = TestDrafts.Position(Text, "Principles),²", plus: "Principles),".Length),
            context = new { includeDeclaration = false },
        }))!.AsArray();

        Assert.Equal(
            [TestDrafts.Find(Text, "²", 0), TestDrafts.Find(Text, "²", 1), TestDrafts.Find(Text, "²", 2)],
            withFootnote.Select(l => TestDrafts.Start(l!["range"]!)));
        Assert.Equal([TestDrafts.Find(Text, "²", 0), TestDrafts.Find(Text, "²", 1)], markersOnly.Select(l => TestDrafts.Start(l!["range"]!)));
    }

    [Fact]
    public async Task Semantic_tokens_mark_openers_verbs_and_markers()
    {
        await using LspTestClient client = await OpenedAsync();

        JsonNode tokens = (await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = Uri } }))!;

        var decoded = Decode(tokens["data"]!.AsArray().Select(n => (int)n!).ToArray());
        string Token(int type, (int Line, int Character) at) => $"{type}@{at.Line}:{at.Character}";
        var found = decoded.Select(t => Token(t.Type, (t.Line, t.Character))).ToHashSet();
        Assert.Contains(Token(0, TestDrafts.Find(Text, "Recalling its")), found);
        Assert.Contains(Token(0, TestDrafts.Find(Text, "Welcoming the")), found);
        Assert.Contains(Token(1, TestDrafts.Find(Text, "Welcomes* the")), found);
        Assert.Contains(Token(3, TestDrafts.Find(Text, "³", 0)), found);
        Assert.Equal(3 + 4 + 4, decoded.Count(t => t.Type != 2));
        Assert.Equal(8, decoded.Single(t => (t.Line, t.Character) == TestDrafts.Find(Text, "Welcomes* the")).Length);
    }

    private static async Task<LspTestClient> OpenedAsync()
    {
        LspTestClient client = await LspTestClient.InitializedAsync();
        await client.OpenAsync(Uri, Text);
        return client;
    }

    private static IEnumerable<string> Names(JsonNode symbol) => symbol["children"]!.AsArray().Select(c => (string)c!["name"]!);

    private static List<(int Line, int Character, int Length, int Type)> Decode(int[] data)
    {
        var tokens = new List<(int, int, int, int)>();
        int line = 0;
        int character = 0;
        for (int i = 0; i < data.Length; i += 5)
        {
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            line += data[i];
            tokens.Add((line, character, data[i + 2], data[i + 3]));
        }

        return tokens;
    }
}
