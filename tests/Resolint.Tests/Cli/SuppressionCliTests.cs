using System.Text.Json;

namespace Resolint.Tests.Cli;

public class SuppressionCliTests
{
    private const string MarkdownDraft = """
        The General Assembly,

        <!-- resolint-disable-next-line RES001, RES002 -- quoted from resolution 70/1 -->
        1. *Recalls* its program;

        <!-- resolint-disable -->
        2. *Requests* the Secretary General to report on the program;
        <!-- resolint-enable -->

        3. *Decides* to review the program.

        """;

    [Fact]
    public void MarkdownCommentsSilenceFindingsAndUnusedOnesAreReportedOnlyWhenAsked()
    {
        using var cli = new CliHarness();
        cli.Write("draft.md", MarkdownDraft);

        CliRun plain = cli.Run("check", "draft.md");
        CliRun asked = cli.Run("check", "--report-unused-suppressions", "draft.md");

        Assert.Equal(
            "draft.md:10:28: warning RES001: Write \"programme\", not \"program\".\n1 problem (0 errors, 1 warning) in 1 file. 1 can be fixed with --fix.\n",
            plain.Output);
        Assert.Equal(
            "draft.md:3:41: warning RES900: RES002 is suppressed here, but reports nothing where this comment applies.\n"
            + "draft.md:10:28: warning RES001: Write \"programme\", not \"program\".\n"
            + "2 problems (0 errors, 2 warnings) in 1 file. 2 can be fixed with --fix.\n",
            asked.Output);
    }

    [Fact]
    public void FixRemovesUnusedNamesOnlyWhenTheyAreReported()
    {
        using var cli = new CliHarness();
        cli.Write("draft.md", MarkdownDraft);

        cli.Run("check", "--fix", "draft.md");
        Assert.Contains("<!-- resolint-disable-next-line RES001, RES002 -- quoted", cli.Read("draft.md"), StringComparison.Ordinal);

        cli.Run("check", "--fix", "--report-unused-suppressions", "draft.md");
        Assert.Contains("<!-- resolint-disable-next-line RES001 -- quoted", cli.Read("draft.md"), StringComparison.Ordinal);
        Assert.Equal("No problems in 1 file.\n", cli.Run("check", "--report-unused-suppressions", "draft.md").Output);
    }

    [Fact]
    public void PlainTextCommentsWorkInPlainTextDrafts()
    {
        using var cli = new CliHarness();
        cli.Write("draft.txt", "1.\tRecalls its program;\n%% resolint-disable-next-line RES001\n2.\tDecides to keep the program;\n%% resolint-disable-next-line\n3.\tDecides to remain seized of the matter.\n");

        CliRun run = cli.Run("check", "--report-unused-suppressions", "draft.txt");

        Assert.Equal(
            "draft.txt:1:16: warning RES001: Write \"programme\", not \"program\".\n"
            + "draft.txt:4:1: warning RES900: This suppression comment silences nothing: no finding is reported where it applies.\n"
            + "2 problems (0 errors, 2 warnings) in 1 file. 2 can be fixed with --fix.\n",
            run.Output);
    }

    [Fact]
    public void UnusedSuppressionCanBeMadeAnErrorByConfiguration()
    {
        using var cli = new CliHarness();
        cli.Write(".resolint.json", "{ \"rules\": { \"RES900\": \"error\" } }");
        cli.Write("draft.md", "<!-- resolint-disable-next-line RES001 -->\n1. *Decides* to remain seized of the matter.\n");

        Assert.Equal(0, cli.Run("check", "draft.md").ExitCode);
        Assert.Equal(1, cli.Run("check", "--report-unused-suppressions", "draft.md").ExitCode);
    }

    [Fact]
    public void SarifListsSilencedFindingsAsSuppressedInSource()
    {
        using var cli = new CliHarness();
        cli.Write("draft.md", MarkdownDraft);

        using JsonDocument sarif = JsonDocument.Parse(cli.Run("check", "--format", "sarif", "draft.md").Output);

        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (
                Line: r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
                Suppressed: r.TryGetProperty("suppressions", out JsonElement s) ? s[0].GetProperty("kind").GetString() : null))
            .OrderBy(r => r.Line)
            .ToArray();
        Assert.Equal([(4, "inSource"), (7, "inSource"), (7, "inSource"), (10, null)], results);
    }
}
