using System.Text;

namespace Resolint.Tests.Cli;

public class CheckCommandTests
{
    [Fact]
    public void CleanDraftExitsZeroWithASummary()
    {
        using var cli = new CliHarness();
        cli.Write("draft.md", "1. *Decides* to remain seized of the matter.\n");

        CliRun run = cli.Run("check", "draft.md");

        Assert.Equal((0, "No problems in 1 file.\n", string.Empty), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void FindingsPrintAsCompilersPrintThemAndWarningsAloneExitZero()
    {
        using var cli = new CliHarness();
        cli.Write("drafts/draft.md", "The General Assembly,\n\n1. *Requests* a program, etc.;\n");

        CliRun run = cli.Run("check", "drafts/draft.md");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "drafts/draft.md:3:17: warning RES001: Write \"programme\", not \"program\".\n"
            + "drafts/draft.md:3:26: info RES003: Avoid \"etc\".\n"
            + "2 problems (0 errors, 1 warning, 1 info) in 1 file. 1 can be fixed with --fix.\n",
            run.Output);
    }

    [Fact]
    public void ColumnsCountUtf16UnitsAfterCharactersOutsideTheBasicPlane()
    {
        using var cli = new CliHarness();

        // "𝒜" takes two UTF-16 units, as editors and LSP count columns.
        cli.Write("draft.md", "𝒜 program\n");

        Assert.StartsWith("draft.md:1:4: warning RES001", cli.Run("check", "draft.md").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnErrorExitsOne()
    {
        using var cli = new CliHarness();
        cli.Write("a.md", "1. *Requests* the Secretary General to report;\n");
        cli.Write("b.md", "1. *Decides* to remain seized of the matter.\n");

        CliRun run = cli.Run("check", "a.md", "b.md");

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("1 problem (1 error, 0 warnings) in 1 file. 1 can be fixed with --fix.\n", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("1", 1)]
    [InlineData("2", 0)]
    public void WarningsBeyondMaxWarningsExitOne(string maxWarnings, int expected)
    {
        using var cli = new CliHarness();
        cli.Write("draft.md", "1. *Welcomes* the program and the program;\n");

        Assert.Equal(expected, cli.Run("check", "--max-warnings", maxWarnings, "draft.md").ExitCode);
    }

    [Theory]
    [InlineData("--max-warnings", "-1", "draft.md")]
    [InlineData("--format", "xml", "draft.md")]
    [InlineData("--fix", "--fix-dry-run", "draft.md")]
    [InlineData("--verbose", "draft.md")]
    [InlineData("--stdin-filename", "x.md", "draft.md")]
    [InlineData("--fix", "-")]
    [InlineData("-", "-")]
    public void UsageErrorsExitTwoWithAMessageOnStandardError(params string[] args)
    {
        using var cli = new CliHarness();
        cli.Write("draft.md", "1. *Decides* to remain seized of the matter.\n");

        CliRun run = cli.Run(["check", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("resolint: ", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("Run 'resolint check --help' for usage.\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPathAtAllIsAUsageError()
    {
        using var cli = new CliHarness();

        Assert.Equal(2, cli.Run("check").ExitCode);
    }

    [Fact]
    public void MissingFileExitsTwoNamingIt()
    {
        using var cli = new CliHarness();
        cli.Write("draft.md", "1. *Decides*.\n");

        CliRun run = cli.Run("check", "draft.md", "drafts/missing.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("resolint: no such file or folder: 'drafts/missing.md'\n", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void UnreadableFileExitsTwoNamingItAndTheOthersAreStillReported()
    {
        using var cli = new CliHarness();
        cli.Write("draft.md", "1. *Welcomes* the program;\n");

        // The kernel refuses to read a process's memory from offset 0, for root too, so this file is unreadable on any Linux machine.
        CliRun run = cli.Run("check", "draft.md", "/proc/self/mem");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("resolint: cannot read '/proc/self/mem': ", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("draft.md:1:19: warning RES001", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void FoldersAreSearchedForDraftsSkippingHiddenFoldersAndPackages()
    {
        using var cli = new CliHarness();
        cli.Write("drafts/b.md", "program\n");
        cli.Write("drafts/a.txt", "program\n");
        cli.Write("drafts/third/c.markdown", "program\n");
        cli.Write("drafts/notes.docx", "program\n");
        cli.Write("drafts/.git/d.md", "program\n");
        cli.Write("drafts/node_modules/e.md", "program\n");

        CliRun run = cli.Run("check", "drafts");

        Assert.Equal(
            ["drafts/a.txt", "drafts/b.md", "drafts/third/c.markdown"],
            run.Output.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToArray());
    }

    [Theory]
    [InlineData("drafts/**/*.md", new[] { "drafts/a.md", "drafts/third/c.md" })]
    [InlineData("drafts/*.{md,txt}", new[] { "drafts/a.md", "drafts/b.txt" })]
    [InlineData("drafts/?.md", new[] { "drafts/a.md" })]
    [InlineData("drafts/[!a].*", new[] { "drafts/b.txt" })]
    [InlineData("**/c.md", new[] { "drafts/third/c.md" })]
    public void GlobsNameTheFilesTheyMatch(string glob, string[] expected)
    {
        using var cli = new CliHarness();
        cli.Write("drafts/a.md", "program\n");
        cli.Write("drafts/b.txt", "program\n");
        cli.Write("drafts/third/c.md", "program\n");

        CliRun run = cli.Run("check", glob);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.Output.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToArray());
    }

    [Fact]
    public void GlobThatMatchesNothingExitsTwo()
    {
        using var cli = new CliHarness();

        CliRun run = cli.Run("check", "drafts/*.md");

        Assert.Equal((2, "resolint: no files match 'drafts/*.md'\n"), (run.ExitCode, run.Error));
    }

    [Fact]
    public void AFileNamedTwiceIsCheckedOnce()
    {
        using var cli = new CliHarness();
        cli.Write("drafts/a.md", "program\n");

        CliRun run = cli.Run("check", "drafts/a.md", "drafts", "drafts/*.md");

        Assert.EndsWith("1 problem (0 errors, 1 warning) in 1 file. 1 can be fixed with --fix.\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void FilesOutsideTheWorkingFolderAreNamedInFull()
    {
        using var cli = new CliHarness();
        using var other = new CliHarness();
        string file = other.Write("draft.md", "program\n");

        Assert.StartsWith($"{file}:1:1: warning RES001", cli.Run("check", file).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardInputIsCheckedUnderTheNameGiven()
    {
        using var cli = new CliHarness { StandardInput = Encoding.UTF8.GetBytes("1. *Requests* the Secretary General;\n") };

        CliRun run = cli.Run("check", "-", "--stdin-filename", "drafts/new.md");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("drafts/new.md:1:19: error RES002: Write \"Secretary-General\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardInputWithoutANameIsCalledStdin()
    {
        using var cli = new CliHarness { StandardInput = Encoding.UTF8.GetBytes("program\n") };

        Assert.StartsWith("<stdin>:1:1: warning RES001", cli.Run("check", "-").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardInputFollowsTheConfigurationOfTheFolderItsNameIsIn()
    {
        using var cli = new CliHarness { StandardInput = Encoding.UTF8.GetBytes("program\n") };
        cli.Write("quiet/.resolint.json", "{ \"rules\": { \"RES001\": \"off\" } }");

        Assert.Equal("No problems in 1 file.\n", cli.Run("check", "-", "--stdin-filename", "quiet/new.md").Output);
        Assert.Contains("RES001", cli.Run("check", "-", "--stdin-filename", "new.md").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCorpusIsLearnedOncePerSetOfFoldersNotOncePerDraft()
    {
        using var cli = new CliHarness();
        for (int i = 0; i < 6; i++)
        {
            cli.Write($"drafts/{i}.md", "program\n");
        }

        Directory.CreateDirectory(Path.Combine(cli.Folder, "adopted"));
        Directory.CreateDirectory(Path.Combine(cli.Folder, "more"));
        cli.Write("drafts/.resolint.json", "{ \"corpus\": [\"../adopted\"] }");

        CliRun run = cli.Run("check", "drafts", "--corpus", "more", "--corpus", "adopted");

        Assert.Equal(0, run.ExitCode);
        IReadOnlyList<string> folders = Assert.Single(cli.LearnedFrom);
        Assert.Equal([Path.Combine(cli.Folder, "adopted"), Path.Combine(cli.Folder, "more")], folders);
    }

    [Fact]
    public void MissingCorpusFolderExitsTwo()
    {
        using var cli = new CliHarness();
        cli.Write("draft.md", "1. *Decides*.\n");

        CliRun run = cli.Run("check", "draft.md", "--corpus", "adopted");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"resolint: corpus folder '{Path.Combine(cli.Folder, "adopted")}' does not exist\n", run.Error);
    }

    [Fact]
    public void ManyDraftsAreReportedInTheOrderNamedWhateverOrderTheyFinishIn()
    {
        using var cli = new CliHarness();
        var names = new List<string>();
        for (int i = 0; i < 40; i++)
        {
            // Drafts of very different lengths finish in a different order from the one they were named in.
            string name = $"d{i:00}.md";
            cli.Write(name, string.Concat(Enumerable.Repeat("word ", (40 - i) * 500)) + "program\n");
            names.Add(name);
        }

        CliRun run = cli.Run(["check", .. names]);

        Assert.Equal(names, run.Output.Split('\n').Where(l => l.Contains("RES001", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToArray());
    }
}
