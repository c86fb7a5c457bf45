using System.Text.Json;

namespace Resolint.Tests.Cli;

public class RulesCommandTests
{
    [Fact]
    public void RulesListsEveryFindingWithCategorySeverityAndTitle()
    {
        using var cli = new CliHarness();

        CliRun run = cli.Run("rules");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            RES001  Language   warning  Phrase program
            RES002  Language   error    Phrase Secretary General
            RES003  Language   info     Phrase etc
            RES004  Language   warning  Phrase ;;
            RES900  Structure  warning  Unused suppression

            """.ReplaceLineEndings("\n"),
            run.Output);
    }

    [Fact]
    public void RulesAsJsonCarryTheirHelpLinks()
    {
        using var cli = new CliHarness();

        JsonElement rules = JsonDocument.Parse(cli.Run("rules", "--format", "json").Output).RootElement;

        Assert.Equal(5, rules.GetArrayLength());
        JsonElement unused = rules[4];
        Assert.Equal("RES900", unused.GetProperty("id").GetString());
        Assert.Equal("Structure", unused.GetProperty("category").GetString());
        Assert.Equal("warning", unused.GetProperty("defaultSeverity").GetString());
        Assert.Equal("https://github.com/resolint/resolint/blob/main/docs/rules/RES900.md", unused.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void ExplainPrintsTheRulesPageBuiltIntoTheExecutable()
    {
        using var cli = new CliHarness();

        CliRun run = cli.Run("explain", "res900");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# RES900: Unused suppression\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("--report-unused-suppressions", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainOfARuleWithoutAPageSaysWhatTheRuleIs()
    {
        using var cli = new CliHarness();

        CliRun run = cli.Run("explain", "RES002");

        Assert.Equal(
            "# RES002: Phrase Secretary General\n\nReports \"Secretary General\".\n\nCategory: Language. Default severity: error.\nhttps://github.com/resolint/resolint/blob/main/docs/rules/RES002.md\n",
            run.Output);
    }

    [Fact]
    public void ExplainOfAnUnknownRuleExitsTwo()
    {
        using var cli = new CliHarness();

        CliRun run = cli.Run("explain", "RES999");

        Assert.Equal((2, string.Empty, "resolint: there is no rule 'RES999'; `resolint rules` lists them.\n"), (run.ExitCode, run.Output, run.Error));
    }
}
