using System.Text.Json.Nodes;
using Resolint.Core.Rules;
using Resolint.Lsp;
using Resolint.Tests.Cli;

namespace Resolint.Tests.Lsp;

/// <summary>
/// The editor and CI read the same <c>.resolint.json</c>: the server finds each document's nearest one as the
/// command line does, honours its rules and forms, lays the editor's settings over it, shows its mistakes on the
/// file, and reads it again when the client says it changed.
/// </summary>
public sealed class ProjectConfigurationTests
{
    /// <summary>
    /// Numbered 1, 3 (RES101), with a doubled space (RES603) and the variant spelling "program" (RES601); as
    /// Markdown its opener is italic, read as plain text the asterisks are words.
    /// </summary>
    private const string Draft = "The General Assembly,\n\nRecalling its resolution 1,\n\n1. *Decides* to fund the  programme;\n\n3. *Requests* a report.\n";

    [Fact]
    public async Task The_server_reports_what_the_command_line_reports_under_the_same_configuration()
    {
        using var cli = new CliHarness(RuleCatalogue.All);
        cli.Environment = cli.Environment with { LearnConventions = _ => TestConventions.Model };
        cli.Write(".resolint.json", """{ "rules": { "RES603": "off", "RES101": "warning" }, "forms": { "markdown": [".resolution"] } }""");
        string markdown = cli.Write("drafts/a.resolution", Draft);
        string plain = cli.Write("drafts/b.txt", Draft.Replace("*", string.Empty, StringComparison.Ordinal));

        JsonNode fromCli = JsonNode.Parse(cli.Run("check", "--format", "json", "drafts").Output)!;
        await using LspTestClient server = await LspTestClient.InitializedAsync(Options());
        var fromServer = new Dictionary<string, JsonNode>();
        foreach (string file in new[] { markdown, plain })
        {
            string uri = new Uri(file).AbsoluteUri;
            await server.OpenAsync(uri, File.ReadAllText(file), languageId: "plaintext");
            fromServer[file] = await server.NextDiagnosticsAsync(uri);
        }

        foreach (JsonNode? report in fromCli.AsArray())
        {
            string file = Path.GetFullPath((string)report!["path"]!, cli.Folder);
            Assert.Equal(Findings(report["diagnostics"]!), Findings(fromServer[file]["diagnostics"]!));
        }

        // The configuration was in force: RES603 off, RES101 a warning, ".resolution" read as Markdown.
        string all = fromCli.ToJsonString();
        Assert.DoesNotContain("RES603", all, StringComparison.Ordinal);
        Assert.Contains("\"RES101\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain("\"severity\":1", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editors_settings_lie_over_the_file()
    {
        using var cli = new CliHarness();
        cli.Write(".resolint.json", """{ "rules": { "RES603": "off", "RES101": "off" } }""");
        string file = cli.Write("a.md", Draft);
        string uri = new Uri(file).AbsoluteUri;

        await using LspTestClient server = await LspTestClient.InitializedAsync(Options(), initializationOptions: new { rules = new { RES101 = "error" } });
        await server.OpenAsync(uri, Draft);
        string[] codes = Codes(await server.NextDiagnosticsAsync(uri));

        Assert.Contains("RES101", codes);
        Assert.DoesNotContain("RES603", codes);
    }

    [Fact]
    public async Task Mistakes_in_the_configuration_are_shown_on_the_file_and_the_draft_is_checked_under_the_defaults()
    {
        using var cli = new CliHarness();
        string configuration = cli.Write(".resolint.json", "{\n  \"rules\": { \"RES603\": \"loud\" }\n}\n");
        string file = cli.Write("a.md", Draft);

        await using LspTestClient server = await LspTestClient.InitializedAsync(Options());
        await server.OpenAsync(new Uri(file).AbsoluteUri, Draft);
        JsonNode mistakes = await server.NextDiagnosticsAsync(new Uri(configuration).AbsoluteUri);
        JsonNode findings = await server.NextDiagnosticsAsync(new Uri(file).AbsoluteUri);

        JsonNode mistake = mistakes["diagnostics"]![0]!;
        Assert.Equal(1, (int)mistake["range"]!["start"]!["line"]!);
        Assert.Contains("RES603", (string?)mistake["message"], StringComparison.Ordinal);
        Assert.Contains("RES603", Codes(findings));
    }

    [Fact]
    public async Task A_changed_configuration_file_is_read_again_when_the_client_says_so()
    {
        using var cli = new CliHarness();
        string configuration = cli.Write(".resolint.json", """{ "rules": { "RES603": "off" } }""");
        string file = cli.Write("a.md", Draft);
        string uri = new Uri(file).AbsoluteUri;
        await using LspTestClient server = await LspTestClient.InitializedAsync(Options(), capabilities: new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } });
        await server.OpenAsync(uri, Draft);
        Assert.DoesNotContain("RES603", Codes(await server.NextDiagnosticsAsync(uri)));

        File.WriteAllText(configuration, """{ "rules": { "RES603": "error" } }""");
        await server.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(configuration).AbsoluteUri, type = 2 } } });

        Assert.Contains("RES603", Codes(await server.NextDiagnosticsAsync(uri)));
        Assert.Contains("**/.resolint.json", server.Target.Registrations, StringComparer.Ordinal);
    }

    private static ServerOptions Options() => new() { LoadConventions = _ => TestConventions.Model };

    private static string[] Codes(JsonNode published) =>
        published["diagnostics"]!.AsArray().Select(d => (string)d!["code"]!).ToArray();

    /// <summary>A finding as both faces give it: rule, severity, range and message.</summary>
    private static string[] Findings(JsonNode diagnostics) =>
        diagnostics.AsArray()
            .Select(d => $"{d!["code"]} {d["severity"]} {d["range"]!.ToJsonString()} {d["message"]}")
            .Order(StringComparer.Ordinal)
            .ToArray();
}
