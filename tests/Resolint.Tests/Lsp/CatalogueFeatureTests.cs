using System.Text.Json.Nodes;
using Resolint.Lsp;
using Resolint.Tests.Cli;

namespace Resolint.Tests.Lsp;

/// <summary>The catalogue in the editor: completion offers resolutions no corpus text mentions, with their date at the first mention; hover shows what the UN lists.</summary>
public sealed class CatalogueFeatureTests
{
    private const string Catalogue = """
        {"symbol":"A/RES/78/218","title":"Situation of human rights in the Democratic People’s Republic of Korea","adoption_date":"19 December 2023","adoption_meeting":"50th plenary meeting","committee":"Third Committee","agenda_item":"Agenda item 71 (c)","adoption_type":"Without a vote"}
        {"symbol":"A/RES/78/217","title":"Protection of migrants","adoption_date":"19 December 2023","adoption_type":"By a recorded vote","MS_in_favour_count":"147","MS_against_count":"4","MS_abstaining_count":"27"}
        {"symbol":"A/HRC/RES/55/1","title":"Advancing human rights in South Sudan","adoption_date":"3 April 2024"}
        """;

    private const string Draft = "The General Assembly,\n\nRecalling its resolution 78/218 of 19 December 2023,\n\nRecalling also its resolution \n";

    [Fact]
    public async Task Completion_offers_a_catalogue_resolution_with_its_date_and_hover_shows_its_title()
    {
        using var folder = new CliHarness();
        folder.Write("catalogue/GA-78.json", Catalogue);
        folder.Write(".resolint.json", """{ "catalogue": ["catalogue/*.json"] }""");
        string uri = new Uri(folder.Write("draft.md", Draft)).AbsoluteUri;
        await using LspTestClient client = await LspTestClient.InitializedAsync(new ServerOptions { LoadConventions = _ => Core.Corpus.ConventionModel.Empty });
        await client.OpenAsync(uri, Draft);
        await client.NextDiagnosticsAsync(uri);

        JsonArray items = (await client.RequestAsync("textDocument/completion", TestDrafts.At(uri, Draft, "resolution \n", occurrence: 0, plus: "resolution ".Length)))!["items"]!.AsArray();
        JsonNode? hover = await client.RequestAsync("textDocument/hover", TestDrafts.At(uri, Draft, "78/218"));

        JsonNode migrants = items.Single(i => (string?)i!["label"] == "78/217")!;
        Assert.Equal("78/217 of 19 December 2023", (string?)migrants["textEdit"]!["newText"]);
        Assert.Contains("migrants", (string?)migrants["filterText"], StringComparison.Ordinal);

        // Cited above with its date: the date is not given twice.
        Assert.Equal("78/218", (string?)items.Single(i => (string?)i!["label"] == "78/218")!["textEdit"]!["newText"]);
        Assert.DoesNotContain(items, i => (string?)i!["label"] == "55/1");

        string shown = (string)hover!["contents"]!["value"]!;
        Assert.Contains("Situation of human rights in the Democratic People’s Republic of Korea", shown, StringComparison.Ordinal);
        Assert.Contains("50th plenary meeting; Third Committee; Agenda item 71 (c); adopted without a vote", shown, StringComparison.Ordinal);
    }
}
