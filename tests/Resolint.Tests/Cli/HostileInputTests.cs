using System.Diagnostics;
using System.Text;
using Resolint.Core.Corpus;

namespace Resolint.Tests.Cli;

/// <summary>
/// What a hostile user or a careless CI set-up gives the command line: special files where drafts, configuration
/// or a corpus should be, configuration that is not text, patterns that cannot be read, folders with nothing to
/// check, files that must not be rewritten. Each gets a clear message and the right exit code, never a hang.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileInputTests
{
    /// <summary>A draft the test rules fix: "program" becomes "programme".</summary>
    private const string Draft = "The General Assembly,\n\n1. *Decides* to fund the program;\n";

    private const string Fixed = "The General Assembly,\n\n1. *Decides* to fund the programme;\n";

    [Fact]
    public void A_fifo_named_as_a_draft_is_refused_without_being_opened()
    {
        using var cli = new CliHarness();
        MakeFifo(Path.Combine(cli.Folder, "draft.md"));

        CliRun run = cli.Run("check", "draft.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("FIFO", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_named_as_a_draft_is_refused()
    {
        using var cli = new CliHarness();

        CliRun run = cli.Run("check", "/dev/zero");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("device", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_named_as_the_configuration_is_a_configuration_error()
    {
        using var cli = new CliHarness();
        cli.Write("draft.md", Draft);
        MakeFifo(Path.Combine(cli.Folder, ".resolint.json"));

        CliRun run = cli.Run("check", "draft.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".resolint.json", run.Error, StringComparison.Ordinal);
        Assert.Contains("FIFO", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_like_the_configuration_is_a_configuration_error()
    {
        using var cli = new CliHarness();
        cli.Write("draft.md", Draft);
        Directory.CreateDirectory(Path.Combine(cli.Folder, ".resolint.json"));

        CliRun run = cli.Run("check", "draft.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a folder", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x22, 0x63, 0x6F, 0x72, 0x70, 0x75, 0x73, 0x22, 0x3A, 0x5B, 0x22, 0xFF, 0xFE, 0x22, 0x5D, 0x7D }, "not valid text")] // {"corpus":["\xFF\xFE"]}
    [InlineData(new byte[] { 0x7B, 0x22, 0x5C, 0x75, 0x64, 0x38, 0x30, 0x30, 0x22, 0x3A, 0x31, 0x7D }, "not valid text")] // {"\ud800":1}
    [InlineData(new byte[] { 0x7B, 0x22, 0x63, 0x6F, 0x72, 0x70, 0x75, 0x73, 0x22, 0x3A, 0x5B, 0x22, 0x5C, 0x75, 0x30, 0x30, 0x30, 0x30, 0x22, 0x5D, 0x7D }, "NUL")] // {"corpus":["\u0000"]}
    public void Configuration_that_is_not_text_is_a_located_error(byte[] json, string message)
    {
        using var cli = new CliHarness();
        cli.Write("draft.md", Draft);
        cli.WriteBytes(".resolint.json", json);

        CliRun run = cli.Run("check", "draft.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"\.resolint\.json:1:\d+: ", run.Error);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_corpus_folder_is_a_usage_error(string folder)
    {
        using var cli = new CliHarness();
        cli.Write("a.md", Draft);

        CliRun run = cli.Run("check", "--corpus", folder, "a.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--corpus needs a folder name", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reversed_range_in_a_pattern_is_a_usage_error()
    {
        using var cli = new CliHarness();
        cli.Write("a.md", Draft);

        CliRun run = cli.Run("check", "[z-a]*.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("runs backwards", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_full_of_stars_matches_in_linear_time()
    {
        // With backtracking this pattern took close to a minute against a 200-character name.
        var glob = Resolint.Cli.Glob.Parse("a*a*a*a*a*a*a*a*b");

        Assert.False(glob.IsMatch(new string('a', 200)));
        Assert.True(glob.IsMatch(new string('a', 200) + "b"));
    }

    [Fact]
    public void A_folder_that_holds_no_drafts_is_not_a_pass()
    {
        using var cli = new CliHarness();
        Directory.CreateDirectory(Path.Combine(cli.Folder, "drafts"));

        CliRun run = cli.Run("check", "drafts");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("holds no drafts", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_only_draft_is_not_fixed()
    {
        using var cli = new CliHarness();
        string file = cli.Write("draft.md", Draft);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        CliRun run = cli.Run("check", "--fix", "draft.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("read-only", run.Error, StringComparison.Ordinal);
        Assert.Equal(Draft, cli.Read("draft.md"));
    }

    [Fact]
    public void Fixing_through_a_link_fixes_its_target_and_keeps_the_link()
    {
        using var cli = new CliHarness();
        cli.Write("target.md", Draft);
        string link = Path.Combine(cli.Folder, "link.md");
        File.CreateSymbolicLink(link, "target.md");

        cli.Run("check", "--fix", "link.md");

        Assert.Equal("target.md", new FileInfo(link).LinkTarget);
        Assert.Equal(Fixed, cli.Read("target.md"));
    }

    [Fact]
    public void Fixing_a_draft_with_another_hard_link_keeps_them_one_file()
    {
        using var cli = new CliHarness();
        string file = cli.Write("draft.md", Draft);
        Run("ln", file, Path.Combine(cli.Folder, "other-name.md"));

        cli.Run("check", "--fix", "draft.md");

        Assert.Equal(Fixed, cli.Read("other-name.md"));
        Assert.Equal(Fixed, cli.Read("draft.md"));
    }

    [Fact]
    public void Fixing_another_users_draft_keeps_its_owner()
    {
        using var cli = new CliHarness();
        string file = cli.Write("draft.md", Draft);
        if (Output("id", "-u") == "0")
        {
            // Only root can give a file away; a draft replaced by a new file would become root's.
            Run("chown", "65534", file);

            cli.Run("check", "--fix", "draft.md");

            Assert.Equal("65534", Output("stat", "-c", "%u", file));
            Assert.Equal(Fixed, cli.Read("draft.md"));
        }
        else
        {
            // Anyone else finds a file of another owner among the system's files: it must be rewritten in place.
            Assert.True(Resolint.Core.Files.RegularFile.IsSharedOrForeign("/etc/passwd"));
            Assert.False(Resolint.Core.Files.RegularFile.IsSharedOrForeign(file));
        }
    }

    [Fact]
    public void A_corpus_folder_with_a_link_looping_back_is_read_once()
    {
        string folder = Directory.CreateTempSubdirectory("resolint-corpus-loop-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), Draft);
            Directory.CreateDirectory(Path.Combine(folder, "sub"));
            Directory.CreateSymbolicLink(Path.Combine(folder, "sub", "up"), folder);

            CorpusReading reading = CorpusSource.FromFolder(folder);

            Assert.Single(reading.Documents);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_fifo_in_a_corpus_folder_is_a_problem_not_a_hang()
    {
        string folder = Directory.CreateTempSubdirectory("resolint-corpus-fifo-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), Draft);
            MakeFifo(Path.Combine(folder, "b.txt"));

            CorpusReading reading = CorpusSource.FromFolder(folder);

            Assert.Single(reading.Documents);
            Assert.Contains(reading.Problems, p => p.Contains("FIFO", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void MakeFifo(string path) => Run("mkfifo", path);

    private static string Output(string program, params string[] arguments)
    {
        using Process process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true })!;
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    private static void Run(string program, params string[] arguments)
    {
        using Process process = Process.Start(new ProcessStartInfo(program, arguments))!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
