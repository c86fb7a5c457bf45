using Resolint.Core.Drafts;

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
            + "resolint: drafts/.resolint.json:3:3: unknown setting \"italic\"; the settings are \"rules\", \"corpus\", \"forms\", \"italics\", \"extensions\"\n",
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
        using var cli = new CliHarness();
        var forms = new Dictionary<string, DraftForm?>();
        cli.Environment = cli.Environment with
        {
            Parse = (text, form) =>
            {
                lock (forms)
                {
                    forms[text.Trim()] = form;
                }

                return TestRules.ParseText(text, form);
            },
        };
        cli.Write("drafts/.resolint.json", "{ \"forms\": { \"text\": [\".txt\", \".resolution\"], \"markdown\": [\".res.md\"] }, \"extensions\": [\".draft\"] }");
        cli.Write("drafts/a.resolution", "a");
        cli.Write("drafts/b.txt", "b");
        cli.Write("drafts/c.res.md", "c");
        cli.Write("drafts/d.draft", "d");
        cli.Write("drafts/e.docx", "e");
        cli.Write("elsewhere/f.resolution", "f");
        cli.Write("elsewhere/g.txt", "g");

        CliRun run = cli.Run("check", "drafts", "elsewhere");

        Assert.Equal("No problems in 5 files.\n", run.Output);
        Assert.Equal(
            new Dictionary<string, DraftForm?>
            {
                ["a"] = DraftForm.PlainText,
                ["b"] = DraftForm.PlainText,
                ["c"] = DraftForm.Markdown,
                ["d"] = null,
                ["g"] = null,
            },
            forms.Where(f => f.Key != "f").ToDictionary());
        Assert.False(forms.ContainsKey("f"));
    }
}
