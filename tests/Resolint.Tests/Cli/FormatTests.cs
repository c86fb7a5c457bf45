using System.Text.Json;
using Resolint.Cli;
using Resolint.Core.Rules;
using Resolint.Tests.Outline;

namespace Resolint.Tests.Cli;

public class FormatTests
{
    private const string Draft = "The General Assembly,\n\n1. *Requests* the Secretary General to fund the program, etc.;\n";

    private static JsonElement Sarif(CliRun run) => JsonDocument.Parse(run.Output).RootElement;

    private static JsonSchemaValidator SarifSchema() =>
        new(JsonDocument.Parse(File.ReadAllText(Path.Combine(OutlineCommandTests.RepositoryRoot(), "tests", "Resolint.Tests", "Cli", "sarif-2.1.0-subset.schema.json"))).RootElement);

    [Fact]
    public void JsonGivesLspDiagnosticsPerFileWithTheirFixes()
    {
        using var cli = new CliHarness();
        cli.Write("drafts/a.md", Draft);
        cli.Write("drafts/b.md", "1. *Decides* to remain seized of the matter.\n");

        CliRun run = cli.Run("check", "--format", "json", "drafts");

        Assert.Equal(1, run.ExitCode);
        JsonElement files = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(2, files.GetArrayLength());
        Assert.Equal("drafts/a.md", files[0].GetProperty("path").GetString());
        Assert.Equal(new Uri(Path.Combine(cli.Folder, "drafts", "a.md")).AbsoluteUri, files[0].GetProperty("uri").GetString());
        Assert.Equal(0, files[1].GetProperty("diagnostics").GetArrayLength());

        JsonElement error = files[0].GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "RES002");
        Assert.Equal(
            """{"start":{"line":2,"character":18},"end":{"line":2,"character":35}}""",
            JsonSerializer.Serialize(error.GetProperty("range")));
        Assert.Equal(1, error.GetProperty("severity").GetInt32());
        Assert.Equal("resolint", error.GetProperty("source").GetString());
        Assert.Equal("https://github.com/resolint/resolint/blob/main/docs/rules/RES002.md", error.GetProperty("codeDescription").GetProperty("href").GetString());
        Assert.Equal("Write \"Secretary-General\", not \"Secretary General\".", error.GetProperty("message").GetString());
        JsonElement edit = error.GetProperty("fix").GetProperty("edits")[0];
        Assert.Equal("Secretary-General", edit.GetProperty("newText").GetString());
        Assert.True(JsonElement.DeepEquals(error.GetProperty("range"), edit.GetProperty("range")));

        int[] severities = [.. files[0].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("severity").GetInt32())];
        Assert.Equal([1, 2, 3], severities);
        Assert.False(files[0].GetProperty("diagnostics")[2].TryGetProperty("fix", out _));
    }

    [Fact]
    public void SarifValidatesAgainstTheSarifSchema()
    {
        using var cli = new CliHarness();
        cli.Write("drafts/a draft.md", Draft);
        cli.Write("drafts/b.md", "<!-- resolint-disable-next-line RES001 -->\n1. *Welcomes* the program;\n<!-- resolint-disable-next-line RES003 -->\n2. *Decides*.\n");

        CliRun run = cli.Run("check", "--format", "sarif", "--report-unused-suppressions", "drafts", "/proc/self/mem");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(SarifSchema().Validate(Sarif(run)));
    }

    [Fact]
    public void SchemaValidatorRejectsWhatTheSchemaForbids()
    {
        using var cli = new CliHarness();
        cli.Write("a.md", Draft);
        string valid = cli.Run("check", "--format", "sarif", "a.md").Output;

        string[] broken =
        [
            valid.Replace("\"version\": \"2.1.0\",", string.Empty, StringComparison.Ordinal),
            valid.Replace("\"level\": \"warning\"", "\"level\": \"serious\"", StringComparison.Ordinal),
            valid.Replace("\"startLine\": 3", "\"startLine\": 0", StringComparison.Ordinal),
            valid.Replace("\"ruleId\":", "\"rule_id\":", StringComparison.Ordinal),
            valid.Replace("\"uri\": \"a.md\"", "\"uri\": \"a draft.md\"", StringComparison.Ordinal),
        ];

        foreach (string log in broken)
        {
            Assert.NotEqual(valid, log);
            Assert.NotEmpty(SarifSchema().Validate(JsonDocument.Parse(log).RootElement));
        }
    }

    [Fact]
    public void SarifDescribesTheRulesAndPlacesEachResult()
    {
        using var cli = new CliHarness();
        cli.Write("drafts/a draft.md", Draft);

        JsonElement run = Sarif(cli.Run("check", "--format", "sarif", "drafts"))
            .GetProperty("runs")[0];

        JsonElement[] rules = [.. run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()];
        Assert.Equal(["RES001", "RES002", "RES003", "RES004", "RES900"], rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("PhraseSecretaryGeneral", rules[1].GetProperty("name").GetString());
        Assert.Equal("error", rules[1].GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("note", rules[2].GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("https://github.com/resolint/resolint/blob/main/docs/rules/RES002.md", rules[1].GetProperty("helpUri").GetString());
        Assert.StartsWith("# RES900", rules[4].GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        Assert.Equal(new Uri(cli.Folder + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());

        foreach (JsonElement result in run.GetProperty("results").EnumerateArray())
        {
            int index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[index].GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
        }

        JsonElement error = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "RES002");
        Assert.Equal("error", error.GetProperty("level").GetString());
        JsonElement location = error.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("drafts/a%20draft.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(
            """{"startLine":3,"startColumn":19,"endLine":3,"endColumn":36}""",
            JsonSerializer.Serialize(location.GetProperty("region")));

        JsonElement change = error.GetProperty("fixes")[0].GetProperty("artifactChanges")[0];
        Assert.Equal("drafts/a%20draft.md", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        JsonElement replacement = change.GetProperty("replacements")[0];
        Assert.True(JsonElement.DeepEquals(location.GetProperty("region"), replacement.GetProperty("deletedRegion")));
        Assert.Equal("Secretary-General", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public void SarifListsUnreadableFilesAsFailedNotifications()
    {
        using var cli = new CliHarness();
        cli.Write("a.md", Draft);

        JsonElement invocation = Sarif(cli.Run("check", "--format", "sarif", "a.md", "/proc/self/mem")).GetProperty("runs")[0].GetProperty("invocations")[0];

        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        JsonElement notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.StartsWith("cannot read '/proc/self/mem'", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("file:///proc/self/mem", notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void GitHubAnnotationsCarryThePlaceAndTheRule()
    {
        using var cli = new CliHarness();
        cli.Write("drafts/a.md", Draft);

        CliRun run = cli.Run("check", "--format", "github", "drafts/a.md");

        Assert.Equal(
            "::error file=drafts/a.md,line=3,col=19,endLine=3,endColumn=35,title=RES002%3A Phrase Secretary General::Write \"Secretary-General\", not \"Secretary General\".\n"
            + "::warning file=drafts/a.md,line=3,col=49,endLine=3,endColumn=55,title=RES001%3A Phrase program::Write \"programme\", not \"program\".\n"
            + "::notice file=drafts/a.md,line=3,col=58,endLine=3,endColumn=60,title=RES003%3A Phrase etc::Avoid \"etc\".\n"
            + "3 problems (1 error, 1 warning, 1 info) in 1 file. 2 can be fixed with --fix.\n",
            run.Output);
    }

    [Fact]
    public void GitHubAnnotationsEscapeWhatWouldEndAValueOrALine()
    {
        var percent = new PhraseRule("RES005", "50%", "half", Severity.Warning);
        using var cli = new CliHarness([percent]);
        cli.Write("a, b: c.md", "Reduce by 50% by 2030.\n");

        CliRun run = cli.Run("check", "--format", "github", "a, b: c.md");

        Assert.StartsWith("::warning file=a%2C b%3A c.md,line=1,col=11,endLine=1,endColumn=13,title=RES005%3A Phrase 50%25::Write \"half\", not \"50%25\".\n", run.Output, StringComparison.Ordinal);
        Assert.Equal("a%0D%0Ab%25", GitHubFormat.Data("a\r\nb%"));
        Assert.Equal("x%3Ay%2Cz%0A", GitHubFormat.Property("x:y,z\n"));
    }
}
