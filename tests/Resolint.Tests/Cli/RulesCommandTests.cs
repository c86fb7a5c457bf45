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
            RES001  Language      warning  Phrase program
            RES002  Language      error    Phrase Secretary General
            RES003  Language      info     Phrase etc
            RES004  Language      warning  Phrase ;;
            RES900  Suppressions  warning  Unused suppression

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
        Assert.Equal("Suppressions", unused.GetProperty("category").GetString());
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

        Assert.Equal((2, string.Empty, "resolint: 'RES999' is neither a rule (`resolint rules` lists them) nor a convention the corpus shows.\n"), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void ExplainOfAConventionSaysWhereTheCorpusShowsIt()
    {
        using var cli = new CliHarness();
        cli.Environment = cli.Environment with { LearnConventions = _ => Core.Corpus.BundledConventions.Model };

        CliRun run = cli.Run("explain", "Recalling");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Preambular opener \"Recalling\": used 15 times in 5 files", run.Output, StringComparison.Ordinal);
        Assert.Contains("seen at seeds/A-RES-66-164.txt:8", run.Output, StringComparison.Ordinal);
    }
}
