using System.Text.Json.Nodes;
using Resolint.Core.Corpus;
using Resolint.Lsp;
using Resolint.Lsp.Protocol;

namespace Resolint.Tests.Lsp;

public sealed class ConfigurationTests
{
    private const string Uri = TestDrafts.Uri;
    private static readonly object PullsConfiguration = new { workspace = new { configuration = true } };

    [Fact]
    public async Task Settings_are_pulled_after_initialized_and_again_on_didChangeConfiguration()
    {
        await using LspTestClient client = LspTestClient.Start();
        client.Target.Settings = JsonNode.Parse("""{ "rules": { "RES101": "off" } }""");
        await client.InitializeAsync(PullsConfiguration);
        await client.OpenAsync(Uri, TestDrafts.Markdown);

        Assert.Empty((await client.NextDiagnosticsAsync(Uri))["diagnostics"]!.AsArray());

        client.Target.Settings = JsonNode.Parse("""{ "rules": { "res101": "info" } }""");
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = (object?)null });
        JsonNode republished = await client.NextDiagnosticsAsync(Uri);

        Assert.Equal(2, client.Target.ConfigurationRequests);
        Assert.All(republished["diagnostics"]!.AsArray(), d => Assert.Equal(DiagnosticSeverity.Information, (int?)d!["severity"]));
    }

    [Fact]
    public async Task A_client_that_cannot_be_asked_pushes_its_settings()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync();
        await client.OpenAsync(Uri, TestDrafts.Markdown);
        Assert.Equal(DiagnosticSeverity.Error, (int?)(await client.NextDiagnosticsAsync(Uri))["diagnostics"]![0]!["severity"]);

        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { resolint = new { rules = new { RES101 = "warning" } } } });

        JsonNode republished = await client.NextDiagnosticsAsync(Uri);
        Assert.Equal(0, client.Target.ConfigurationRequests);
        Assert.All(republished["diagnostics"]!.AsArray(), d => Assert.Equal(DiagnosticSeverity.Warning, (int?)d!["severity"]));
    }

    [Fact]
    public async Task Initialization_options_configure_a_client_without_workspace_configuration()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync(initializationOptions: new { rules = new { RES101 = "off" } });

        await client.OpenAsync(Uri, TestDrafts.Markdown);

        Assert.Empty((await client.NextDiagnosticsAsync(Uri))["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Initialization_options_may_hold_the_section_by_name()
    {
        await using LspTestClient client = await LspTestClient.InitializedAsync(initializationOptions: new { resolint = new { rules = new { RES101 = "off" } } });

        await client.OpenAsync(Uri, TestDrafts.Markdown);

        Assert.Empty((await client.NextDiagnosticsAsync(Uri))["diagnostics"]!.AsArray());
    }

    [Fact]
    public async Task Settings_that_cannot_be_understood_are_reported_and_left_at_their_defaults()
    {
        await using LspTestClient client = LspTestClient.Start();
        client.Target.Settings = JsonNode.Parse("""{ "rules": { "RES101": "loud" }, "italics": 3, "corpus": "not-a-list" }""");
        await client.InitializeAsync(PullsConfiguration);

        string rules = await client.NextLogAsync(m => m.Contains("resolint.rules.RES101", StringComparison.Ordinal));
        await client.OpenAsync(Uri, TestDrafts.Markdown);

        Assert.Contains("\"loud\"", rules, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, (int?)(await client.NextDiagnosticsAsync(Uri))["diagnostics"]![0]!["severity"]);
    }

    [Fact]
    public async Task Corpus_folders_reach_the_convention_loader_from_the_workspace_folder()
    {
        var asked = new List<string>();
        var learned = new ConventionModel { Files = ["/corpus/ga/a.md", "/corpus/hrc/b.md"] };
        var options = new ServerOptions
        {
            LoadConventions = folders =>
            {
                lock (asked)
                {
                    asked.Add(string.Join(",", folders));
                }

                return learned;
            },
        };
        await using LspTestClient client = LspTestClient.Start(options);
        client.Target.Settings = JsonNode.Parse("""{ "corpus": ["/corpus/ga", "hrc"] }""");
        await client.Rpc.InvokeWithParameterObjectAsync<JsonNode>("initialize", new { capabilities = PullsConfiguration, workspaceFolders = new[] { new { uri = "file:///corpus", name = "corpus" } } });
        await client.NotifyAsync("initialized", new { });

        await client.NextLogAsync(m => m.Contains("2 corpus files", StringComparison.Ordinal));

        Assert.Equal(["/corpus/ga,/corpus/hrc"], asked);
    }

}
