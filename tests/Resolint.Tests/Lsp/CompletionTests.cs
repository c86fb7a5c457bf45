using System.Text.Json.Nodes;
using Resolint.Lsp;

namespace Resolint.Tests.Lsp;

public sealed class CompletionTests
{
    private const string Uri = TestDrafts.Uri;

    [Fact]
    public async Task A_new_operative_paragraph_is_offered_repeats_of_the_verbs_above_nearest_first_then_the_corpus_verbs_by_use()
    {
        string text = TestDrafts.Markdown.Replace("5. *Decides* to remain seized of the matter.", "5. *Decides* to remain seized of the matter;\n\n6. ", StringComparison.Ordinal);
        await using LspTestClient client = await OpenedAsync(text);

        JsonArray items = await CompleteAsync(client, text, "6. ", "6. ".Length);

        Assert.Equal(["Also decides", "Also encourages", "Also requests", "Also welcomes", "Requests", "Encourages", "Decides"], Ranked(items));
        JsonNode requests = items.Single(i => (string?)i!["label"] == "Requests")!;
        Assert.Equal("*Requests*", (string?)requests["textEdit"]!["newText"]); // the draft italicises its verbs
        Assert.Equal("opens 30 operative paragraphs in the corpus", (string?)requests["detail"]);
        Assert.Equal(TestDrafts.Find(text, "6. ", plus: 3), TestDrafts.Start(requests["textEdit"]!["range"]!));
    }

    [Fact]
    public async Task An_asterisk_already_typed_is_kept_and_the_typed_words_are_replaced()
    {
        string text = TestDrafts.Markdown.Replace("5. *Decides* to remain seized of the matter.", "5. *Decides* to remain seized of the matter;\n\n6. *Also re", StringComparison.Ordinal);
        await using LspTestClient client = await OpenedAsync(text);

        JsonArray items = await CompleteAsync(client, text, "6. *Also re", "6. *Also re".Length);

        JsonNode also = items.Single(i => (string?)i!["label"] == "Also requests")!;
        Assert.Equal("Also requests*", (string?)also["textEdit"]!["newText"]);
        Assert.Equal(TestDrafts.Find(text, "Also re"), TestDrafts.Start(also["textEdit"]!["range"]!));
    }

    [Fact]
    public async Task A_new_preambular_paragraph_is_offered_openers_plain_as_the_draft_writes_them()
    {
        string text = TestDrafts.Markdown.Replace("Institutions,\n\n1.", "Institutions,\n\nRe\n\n1.", StringComparison.Ordinal);
        await using LspTestClient client = await OpenedAsync(text);

        JsonArray items = await CompleteAsync(client, text, "\nRe\n", 3);

        Assert.Equal(["Welcoming also", "Recalling further", "Recalling", "Reaffirming", "Welcoming"], Ranked(items));
        Assert.Equal("Recalling further", (string?)items.Single(i => (string?)i!["label"] == "Recalling further")!["textEdit"]!["newText"]);
        Assert.Equal(TestDrafts.Find(text, "\nRe\n", plus: 1), TestDrafts.Start(items[0]!["textEdit"]!["range"]!));
    }

    [Fact]
    public async Task After_resolution_the_catalogue_is_offered_with_the_date_at_first_mention()
    {
        string text = TestDrafts.Markdown.Replace("Welcoming the work", "Recalling Council resolution \n\nWelcoming the work", StringComparison.Ordinal);
        await using LspTestClient client = await OpenedAsync(text);

        JsonArray items = await CompleteAsync(client, text, "Council resolution ", "Council resolution ".Length);

        // A Council is named, so the Council's resolution comes first; then by how often the corpus cites them.
        Assert.Equal(["39/17", "48/134", "78/187"], Ranked(items));
        JsonNode first = items.Single(i => (string?)i!["label"] == "48/134")!;
        Assert.Equal("48/134 of 20 December 1993", (string?)first["textEdit"]!["newText"]);
        Assert.Equal("General Assembly, 20 December 1993", (string?)first["detail"]);
        Assert.Contains("National institutions for the promotion", (string?)first["documentation"]!["value"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_corpus_resolutions_offered_narrow_to_what_is_typed()
    {
        string text = TestDrafts.Markdown.Replace("Welcoming the work", "Recalling its resolution 78\n\nWelcoming the work", StringComparison.Ordinal);
        await using LspTestClient client = await OpenedAsync(text);

        JsonArray byNumber = await CompleteAsync(client, text, "resolution 78\n", "resolution 78".Length);

        Assert.Equal(["78/187"], Ranked(byNumber));
        string byTitle = text.Replace("resolution 78\n", "resolution promotion\n", StringComparison.Ordinal);
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version = 2 }, contentChanges = new[] { new { text = byTitle } } });
        JsonArray items = await CompleteAsync(client, byTitle, "resolution promotion\n", "resolution promotion".Length);
        Assert.Equal(["48/134"], Ranked(items));
        Assert.Contains("promotion", (string?)items[0]!["filterText"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inside_a_footnote_the_usual_forms_are_offered_as_snippets_for_clients_that_take_them()
    {
        string text = TestDrafts.Markdown.Replace("³ A/80/208.", "³ ", StringComparison.Ordinal);
        await using LspTestClient client = await OpenedAsync(text, new { textDocument = new { completion = new { completionItem = new { snippetSupport = true } } } });

        JsonArray items = await CompleteAsync(client, text, "³ ", 2);

        Assert.Equal(["See Official Records of the General Assembly, … Session, Supplement No. …", "Ibid.", "Resolution …, annex."], Ranked(items));
        JsonNode records = items[0]!;
        Assert.Equal(2, (int?)records["insertTextFormat"]);
        Assert.Equal("See *Official Records of the General Assembly, ${1:Eightieth} Session, Supplement No. ${2:53}* (${3:A/80/53}).$0", (string?)records["textEdit"]!["newText"]);
    }

    [Fact]
    public async Task Plain_text_completion_for_clients_without_snippets()
    {
        string text = TestDrafts.Markdown.Replace("³ A/80/208.", "³ ", StringComparison.Ordinal);
        await using LspTestClient client = await OpenedAsync(text);

        JsonArray items = await CompleteAsync(client, text, "³ ", 2);

        Assert.All(items, i => Assert.Equal(1, (int?)i!["insertTextFormat"]));
        Assert.DoesNotContain(items, i => ((string)i!["textEdit"]!["newText"]!).Contains('$', StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_the_middle_of_a_sentence_nothing_is_offered()
    {
        await using LspTestClient client = await OpenedAsync(TestDrafts.Markdown);

        JsonArray items = await CompleteAsync(client, TestDrafts.Markdown, "Member States to", "Member States to".Length);

        Assert.Empty(items);
    }

    private static async Task<LspTestClient> OpenedAsync(string text, object? capabilities = null)
    {
        LspTestClient client = await LspTestClient.InitializedAsync(new ServerOptions { LoadConventions = _ => TestConventions.Model }, capabilities);
        await client.OpenAsync(Uri, text);
        await client.NextDiagnosticsAsync(Uri); // published once the corpus's conventions are in force
        return client;
    }

    private static async Task<JsonArray> CompleteAsync(LspTestClient client, string text, string needle, int plus, int occurrence = 0)
    {
        JsonNode list = (await client.RequestAsync("textDocument/completion", TestDrafts.At(Uri, text, needle, occurrence, plus)))!;
        Assert.False((bool?)list["isIncomplete"]);
        return list["items"]!.AsArray();
    }

    private static IEnumerable<string> Ranked(JsonArray items) =>
        items.OrderBy(i => (string?)i!["sortText"], StringComparer.Ordinal).Select(i => (string)i!["label"]!);
}
