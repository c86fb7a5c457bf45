using System.Text.Json.Nodes;
using Resolint.Lsp;
using Resolint.Tests.Cli;

namespace Resolint.Tests.Lsp;

/// <summary>
/// The catalogue in the editor: completion offers resolutions no corpus text mentions, with their date at the first
/// mention; hover shows what the UN lists; a date or title that disagrees with it gets the fix; and the editor
/// reports what the command line reports under the same configuration.
/// </summary>
public sealed class CatalogueFeatureTests
{
    private const string Catalogue = """
        {"symbol":"A/RES/78/218","title":"Situation of human rights in the Democratic People’s Republic of Korea","adoption_date":"19 December 2023","adoption_meeting":"50th plenary meeting","committee":"Third Committee","agenda_item":"Agenda item 71 (c)","adoption_type":"Without a vote"}
        {"symbol":"A/RES/78/217","title":"Protection of migrants","adoption_date":"19 December 2023","adoption_type":"By a recorded vote","MS_in_favour_count":"147","MS_against_count":"4","MS_abstaining_count":"27"}
        {"symbol":"A/HRC/RES/55/1","title":"Advancing human rights in South Sudan","adoption_date":"3 April 2024"}
        """;

    private const string Draft = "The General Assembly,\n\nRecalling its resolution 78/218 of 19 December 2023,\n\nRecalling also its resolution \n";

    /// <summary>78/217 was adopted on 19 December 2023, as the catalogue says.</summary>
    private const string WrongDate = "The General Assembly,\n\n*Recalling* its resolution 78/217 of 20 December 2023,\n\n1. *Decides* to remain seized of the matter.\n";

    [Fact]
    public async Task Completion_offers_a_catalogue_resolution_with_its_date_and_hover_shows_its_title()
    {
        using var folder = new CliHarness();
        string uri = DraftBeside(folder, Catalogue);
        await using LspTestClient client = await OpenedAsync(uri);

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

    [Fact]
    public async Task A_catalogue_larger_than_one_answer_is_offered_in_part_and_narrowed_as_the_drafter_types()
    {
        // 120 resolutions of the seventy-eighth session: more than one answer holds, so the client must ask again.
        string many = string.Join('\n', Enumerable.Range(1, 120).Select(n => $$"""{"symbol":"A/RES/78/{{n}}","title":"Resolution {{n}}","adoption_date":"19 December 2023"}"""));
        using var folder = new CliHarness();
        string uri = DraftBeside(folder, many);
        await using LspTestClient client = await OpenedAsync(uri);

        JsonNode all = (await client.RequestAsync("textDocument/completion", TestDrafts.At(uri, Draft, "resolution \n", occurrence: 0, plus: "resolution ".Length)))!;
        string typed = Draft.Replace("also its resolution \n", "also its resolution 78/11\n", StringComparison.Ordinal);
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new[] { new { text = typed } } });
        JsonNode narrowed = (await client.RequestAsync("textDocument/completion", TestDrafts.At(uri, typed, "resolution 78/11\n", occurrence: 0, plus: "resolution 78/11".Length)))!;

        Assert.True((bool?)all["isIncomplete"]);
        Assert.Equal(Resolint.Lsp.Features.CompletionSource.ResolutionSuggestions, all["items"]!.AsArray().Count);
        Assert.False((bool?)narrowed["isIncomplete"]);
        Assert.Equal(["78/11", "78/110", "78/111", "78/112", "78/113", "78/114", "78/115", "78/116", "78/117", "78/118", "78/119"], narrowed["items"]!.AsArray().Select(i => (string)i!["label"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_date_the_catalogue_contradicts_gets_the_fix_as_a_code_action()
    {
        using var folder = new CliHarness();
        string uri = DraftBeside(folder, Catalogue, WrongDate);
        await using LspTestClient client = await LspTestClient.InitializedAsync(new ServerOptions { LoadConventions = _ => Core.Corpus.ConventionModel.Empty });
        await client.OpenAsync(uri, WrongDate);
        JsonNode diagnostic = (await client.NextDiagnosticsAsync(uri))["diagnostics"]!.AsArray().Single(d => (string?)d!["code"] == "RES505")!;

        JsonArray actions = (await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = diagnostic["range"],
            context = new { diagnostics = new[] { diagnostic }, only = new[] { "quickfix" } },
        }))!.AsArray();

        Assert.Contains("adopted on 19 December 2023, not 20 December 2023", (string?)diagnostic["message"], StringComparison.Ordinal);
        JsonNode action = Assert.Single(actions)!;
        JsonNode edit = Assert.Single(action["edit"]!["changes"]![uri]!.AsArray())!;
        Assert.Equal("19 December 2023", (string?)edit["newText"]);
        Assert.Equal(diagnostic["range"]!.ToJsonString(), edit["range"]!.ToJsonString());
    }

    [Fact]
    public async Task Settings_applied_while_the_catalogue_is_read_still_leave_the_draft_checked_against_it()
    {
        // Eglot pushes its (empty) settings just after opening the draft, while the catalogue of the draft's
        // .resolint.json is still being read: the draft must be checked against the catalogue once it is read.
        using var folder = new CliHarness();
        string uri = DraftBeside(folder, Catalogue, WrongDate);
        using var reading = new ManualResetEventSlim();
        var cache = new Core.Catalogue.CatalogueCache();
        await using LspTestClient client = await LspTestClient.InitializedAsync(new ServerOptions
        {
            LoadConventions = _ => Core.Corpus.ConventionModel.Empty,
            LoadCatalogue = files =>
            {
                reading.Wait(LspTestClient.Timeout);
                return cache.Get(files);
            },
        });
        await client.OpenAsync(uri, WrongDate);
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { resolint = new { } } });
        await Task.Delay(300); // lets the settings land before the catalogue is read; either order must end the same
        reading.Set();

        JsonNode published = await client.NextDiagnosticsAsync(uri);

        Assert.Contains(published["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "RES505");
    }

    [Fact]
    public async Task The_server_checks_against_the_catalogue_as_the_command_line_does()
    {
        const string draft = "The General Assembly,\n\n*Recalling* its resolution 78/217 of 20 December 2023, entitled “Protection of refugees”,\n\n*Recalling also* its resolution 78/218 of 19 December 2023,\n\n1. *Decides* to remain seized of the matter.\n";
        using var cli = new CliHarness(Core.Rules.RuleCatalogue.All);
        cli.Environment = cli.Environment with { LearnConventions = _ => Core.Corpus.ConventionModel.Empty };
        cli.Write("catalogue/GA-78.json", Catalogue);
        cli.Write(".resolint.json", """{ "catalogue": ["catalogue/*.json"] }""");
        string file = cli.Write("drafts/a.md", draft);

        JsonNode fromCli = JsonNode.Parse(cli.Run("check", "--format", "json", "drafts").Output)!;
        await using LspTestClient server = await LspTestClient.InitializedAsync(new ServerOptions { LoadConventions = _ => Core.Corpus.ConventionModel.Empty });
        string uri = new Uri(file).AbsoluteUri;
        await server.OpenAsync(uri, draft);
        JsonNode fromServer = await server.NextDiagnosticsAsync(uri);

        string[] cliFindings = Findings(fromCli.AsArray().Single()!["diagnostics"]!);
        Assert.Equal(cliFindings, Findings(fromServer["diagnostics"]!));
        Assert.Contains(cliFindings, f => f.StartsWith("RES505", StringComparison.Ordinal));
        Assert.Contains(cliFindings, f => f.StartsWith("RES511", StringComparison.Ordinal));
    }

    /// <summary>Writes <paramref name="draft"/> (<see cref="Draft"/> unless given) in the folder, with a .resolint.json that names <paramref name="catalogue"/>; returns the draft's URI.</summary>
    private static string DraftBeside(CliHarness folder, string catalogue, string draft = Draft)
    {
        folder.Write("catalogue/GA-78.json", catalogue);
        folder.Write(".resolint.json", """{ "catalogue": ["catalogue/*.json"] }""");
        return new Uri(folder.Write("draft.md", draft)).AbsoluteUri;
    }

    /// <summary>A server with <see cref="Draft"/> open, once its first diagnostics (under the catalogue) are in.</summary>
    private static async Task<LspTestClient> OpenedAsync(string uri)
    {
        LspTestClient client = await LspTestClient.InitializedAsync(new ServerOptions { LoadConventions = _ => Core.Corpus.ConventionModel.Empty });
        await client.OpenAsync(uri, Draft);
        await client.NextDiagnosticsAsync(uri);
        return client;
    }

    /// <summary>A finding as both faces give it: rule, severity, range and message.</summary>
    private static string[] Findings(JsonNode diagnostics) =>
        diagnostics.AsArray()
            .Select(d => $"{d!["code"]} {d["severity"]} {d["range"]!.ToJsonString()} {d["message"]}")
            .Order(StringComparer.Ordinal)
            .ToArray();
}
