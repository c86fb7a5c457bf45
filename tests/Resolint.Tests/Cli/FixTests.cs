using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text;
using Resolint.Core.Rules;

namespace Resolint.Tests.Cli;

public class FixTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void FixChangesOnlyTheFixedBytesKeepingBomAndCrlf()
    {
        using var cli = new CliHarness();
        string before = "The General Assembly,\r\n\r\n1. *Welcomes* the program;;\r\n2. *Requests* the Secretary General to report, etc.\r\n";
        cli.WriteBytes("draft.md", [.. Bom, .. Encoding.UTF8.GetBytes(before)]);

        CliRun run = cli.Run("check", "--fix", "draft.md");

        string after = "The General Assembly,\r\n\r\n1. *Welcomes* the programme;\r\n2. *Requests* the Secretary-General to report, etc.\r\n";
        Assert.Equal([.. Bom, .. Encoding.UTF8.GetBytes(after)], cli.ReadBytes("draft.md"));

        // "etc" has no fix and stays reported.
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "draft.md:4:48: info RES003: Avoid \"etc\".\nFixed 3 problems in 1 file.\n1 problem (0 errors, 0 warnings, 1 info) in 1 file.\n",
            run.Output);
    }

    [Fact]
    public void FixedFileRechecksCleanAndFixingAgainChangesNothing()
    {
        using var cli = new CliHarness();
        cli.Write("draft.md", "1. *Requests* the Secretary General to fund the program;;\n");

        Assert.Equal(0, cli.Run("check", "--fix", "draft.md").ExitCode);
        byte[] once = cli.ReadBytes("draft.md");

        CliRun again = cli.Run("check", "--fix", "draft.md");

        Assert.Equal(once, cli.ReadBytes("draft.md"));
        Assert.Equal("No problems in 1 file.\n", again.Output);
        Assert.Equal("No problems in 1 file.\n", cli.Run("check", "draft.md").Output);
    }

    [Fact]
    public void RemainingErrorsAfterFixingStillFailTheRun()
    {
        var unfixable = new PhraseRule("RES005", "shall", null, Severity.Error);
        using var cli = new CliHarness([TestRules.Programme, unfixable]);
        cli.Write("draft.md", "1. *Decides* that the program shall continue;\n");

        CliRun run = cli.Run("check", "--fix", "draft.md");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("1. *Decides* that the programme shall continue;\n", cli.Read("draft.md"));
        Assert.StartsWith("draft.md:1:33: error RES005", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows1252DraftIsWrittenBackInWindows1252()
    {
        using var cli = new CliHarness();

        // 0x93 and 0x94 are curly quotes in Windows-1252 and not UTF-8 at all; 0xE9 is "é".
        cli.WriteBytes("draft.txt", Bytes("1.\tWelcomes the \x93program\x94 of the \xE9quipe;\r\n"));

        CliRun run = cli.Run("check", "--fix", "draft.txt");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Bytes("1.\tWelcomes the \x93programme\x94 of the \xE9quipe;\r\n"), cli.ReadBytes("draft.txt"));
    }

    [Fact]
    public void FixThatAWindows1252DraftCannotHoldIsRefusedAndTheFileLeftAlone()
    {
        var nonBreakingHyphen = new PhraseRule("RES002", "Secretary General", "Secretary\u2011General", Severity.Error);
        using var cli = new CliHarness([nonBreakingHyphen]);
        byte[] original = Bytes("1.\tRequests the Secretary General to report on the \xE9tude;\n");
        cli.WriteBytes("draft.txt", original);

        CliRun run = cli.Run("check", "--fix", "draft.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(original, cli.ReadBytes("draft.txt"));
        Assert.Equal("resolint: cannot fix 'draft.txt': the fixes need '\u2011' (U+2011), which its Windows1252 encoding cannot hold; save it as UTF-8 to fix it\n", run.Error);
        Assert.StartsWith("draft.txt:1:17: error RES002", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public void FixKeepsTheFilesPermissionsAndLeavesNoTemporaryFile()
    {
        using var cli = new CliHarness();
        string file = cli.Write("drafts/draft.md", "program\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        cli.Run("check", "--fix", "drafts");

        Assert.Equal("programme\n", cli.Read("drafts/draft.md"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(file));
        Assert.Equal(["draft.md"], Directory.GetFiles(Path.GetDirectoryName(file)!).Select(f => Path.GetFileName(f)).ToArray());
    }

    [Fact]
    public void DryRunPrintsAUnifiedDiffAndWritesNothing()
    {
        using var cli = new CliHarness();
        const string draft = "The General Assembly,\n\n1. *Welcomes* the program;\n2. *Decides* to remain seized of the matter.\n";
        cli.Write("draft.md", draft);

        CliRun run = cli.Run("check", "--fix-dry-run", "draft.md");

        Assert.Equal(draft, cli.Read("draft.md"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            --- a/draft.md
            +++ b/draft.md
            @@ -1,4 +1,4 @@
             The General Assembly,
             
            -1. *Welcomes* the program;
            +1. *Welcomes* the programme;
             2. *Decides* to remain seized of the matter.

            """.ReplaceLineEndings("\n"),
            run.Output);
    }

    [Fact]
    public void DryRunExitCodeCountsWhatWouldRemainAfterTheFixes()
    {
        using var cli = new CliHarness();
        cli.Write("draft.md", "1. *Requests* the Secretary General to report.\n");

        Assert.Equal(0, cli.Run("check", "--fix-dry-run", "draft.md").ExitCode);
        Assert.Equal(1, cli.Run("check", "draft.md").ExitCode);
    }

    [Fact]
    public void DryRunOfStandardInputNamesIt()
    {
        using var cli = new CliHarness { StandardInput = Encoding.UTF8.GetBytes("program\n") };

        CliRun run = cli.Run("check", "--fix-dry-run", "-", "--stdin-filename", "new.md");

        Assert.Equal("--- a/new.md\n+++ b/new.md\n@@ -1 +1 @@\n-program\n+programme\n", run.Output);
    }

    [Fact]
    public void DryRunDiffAppliedWithGitGivesWhatFixWrites()
    {
        using var cli = new CliHarness();
        var lines = Enumerable.Range(1, 30).Select(i => i % 10 == 3 ? $"{i}. *Welcomes* the program;;" : $"{i}. *Notes* paragraph {i};").ToList();
        lines[20] = "21. *Requests* the Secretary General to report;";
        lines[29] = "30. *Decides* to review the program.";
        byte[] original = [.. Bom, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines))];
        cli.WriteBytes("a/draft.md", original);
        cli.WriteBytes("b/draft.md", original);

        // The diff is read from b/ by git as a patch of a/, so write it against a/ and let git apply it there.
        string diff = cli.Run("check", "--fix-dry-run", "a/draft.md").Output.Replace("a/a/draft.md", "a/draft.md", StringComparison.Ordinal).Replace("b/a/draft.md", "b/draft.md", StringComparison.Ordinal);
        Assert.Contains("\\ No newline at end of file", diff, StringComparison.Ordinal);
        Assert.Equal(4, diff.Split("\n@@ ").Length);
        File.WriteAllText(Path.Combine(cli.Folder, "a", "fix.diff"), diff, new UTF8Encoding(false));
        Git(Path.Combine(cli.Folder, "a"), "apply", "fix.diff");
        cli.Run("check", "--fix", "b/draft.md");

        Assert.Equal(cli.ReadBytes("b/draft.md"), cli.ReadBytes("a/draft.md"));
        Assert.NotEqual(original, cli.ReadBytes("a/draft.md"));
    }

    /// <summary>One byte per character: how a legacy single-byte file is written down in a test.</summary>
    private static byte[] Bytes(string text) => text.Select(c => checked((byte)c)).ToArray();

    private static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process git = Process.Start(start)!;
        string error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, error);
    }
}
