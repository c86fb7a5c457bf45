namespace Resolint.Tests.Cli;

public class ConfigurationCliTests
{
    [Fact]
    public void NearestConfigurationSetsRuleLevels()
    {
        using var cli = new CliHarness();
        cli.Write(".resolint.json", "{ \"rules\": { \"RES001\": \"error\", \"RES003\": \"off\" } }");
        cli.Write("third-committee/.resolint.json", "{ \"rules\": { \"RES001\": \"off\" } }");
        cli.Write("plenary/a.md", "The program, etc.\n");
        cli.Write("third-committee/b.md", "The program, etc.\n");

        CliRun run = cli.Run("check", "plenary", "third-committee");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "plenary/a.md:1:5: error RES001: Write \"programme\", not \"program\".\n"
            + "third-committee/b.md:1:14: info RES003: Avoid \"etc\".\n",
            string.Concat(run.Output.Split('\n').SkipLast(2).Select(l => l + "\n")));
    }

    [Fact]
    public void ConfigNamedOnTheCommandLineReplacesTheNearestOne()
    {
        using var cli = new CliHarness();
        cli.Write("drafts/.resolint.json", "{ \"rules\": { \"RES001\": \"off\" } }");
        cli.Write("ci/strict.json", "{ \"rules\": { \"RES001\": \"error\" } }");
        cli.Write("drafts/a.md", "The program.\n");

        Assert.Equal(0, cli.Run("check", "drafts").ExitCode);
        Assert.Equal(1, cli.Run("check", "--config", "ci/strict.json", "drafts").ExitCode);
    }

    [Fact]
    public void MistakesInAConfigurationExitTwoWithTheirPlaces()
    {
        using var cli = new CliHarness();
        cli.Write("drafts/.resolint.json", "{\n  \"rules\": { \"RES001\": \"loud\" },\n  \"italic\": \"off\"\n}\n");
        cli.Write("drafts/a.md", "The program.\n");
        cli.Write("drafts/b.md", "The program.\n");

        CliRun run = cli.Run("check", "drafts");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(
            "resolint: drafts/.resolint.json:2:24: the level of RES001 must be \"off\", \"info\", \"warning\" or \"error\"\n"
            + "resolint: drafts/.resolint.json:3:3: unknown setting \"italic\"; the settings are \"rules\", \"corpus\", \"catalogue\", \"forms\", \"italics\", \"extensions\"\n",
            run.Error);
    }

    [Fact]
    public void RuleUnknownToTheRunIsAMistake()
    {
        using var cli = new CliHarness();
        cli.Write(".resolint.json", "{ \"rules\": { \"RES999\": \"off\", \"RES900\": \"error\" } }");
        cli.Write("a.md", "The programme.\n");

        CliRun run = cli.Run("check", "a.md");

        Assert.Equal("resolint: .resolint.json:1:14: unknown rule \"RES999\" (`resolint rules` lists them)\n", run.Error);
    }

    [Fact]
    public void MissingConfigNamedOnTheCommandLineExitsTwo()
    {
        using var cli = new CliHarness();
        cli.Write("a.md", "The programme.\n");

        CliRun run = cli.Run("check", "--config", "ci.json", "a.md");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("resolint: ci.json: cannot read the configuration: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredFormsAndExtensionsDecideWhichFilesAFolderHoldsAndHowTheyAreRead()
    {
        using var cli = new CliHarness([new FormRule()]);
        const string markdown = "1. *Decides* to remain seized of the matter.\n";
        cli.Write("drafts/.resolint.json", "{ \"forms\": { \"text\": [\".txt\", \".resolution\"], \"markdown\": [\".res.md\"] }, \"extensions\": [\".draft\"] }");
        cli.Write("drafts/a.resolution", markdown);
        cli.Write("drafts/b.txt", markdown);
        cli.Write("drafts/c.res.md", "1.\tDecides to remain seized of the matter.\n");
        cli.Write("drafts/d.draft", markdown);
        cli.Write("drafts/e.docx", markdown);
        cli.Write("elsewhere/f.resolution", markdown);
        cli.Write("elsewhere/g.txt", markdown);

        CliRun run = cli.Run("check", "drafts", "elsewhere");

        // Configured endings force a form; elsewhere, and for a file no ending claims, the text decides.
        Assert.Equal(
            """
            drafts/a.resolution:1:1: info RES006: Read as PlainText.
            drafts/b.txt:1:1: info RES006: Read as PlainText.
            drafts/c.res.md:1:1: info RES006: Read as Markdown.
            drafts/d.draft:1:1: info RES006: Read as Markdown.
            elsewhere/g.txt:1:1: info RES006: Read as Markdown.
            5 problems (0 errors, 0 warnings, 5 info) in 5 files.

            """.ReplaceLineEndings("\n"),
            run.Output);
    }
}
