using Resolint.Core.Documents;
using static Resolint.Tests.Documents.WordFixture;

namespace Resolint.Tests.Cli;

/// <summary>`resolint check`, `outline` and `export` on Word and Akoma Ntoso files, good and bad.</summary>
public sealed class DocumentCliTests
{
    private static byte[] Draft() => Build(
    [
        Styled("Italic", R("The General Assembly"), Upright(",")),
        P(R("Recalling", italic: true), R(" its program,"), NoteMark(1)),
        P(R("1."), Tab(), R("Requests", italic: true), R(" the Secretary General to report.")),
    ], new Dictionary<int, string> { [1] = "Resolution 70/1." });

    private const string Akn =
        "<akomaNtoso xmlns=\"" + DocumentReader.AknNamespace + "\"><statement name=\"resolution\"><preamble>"
        + "<formula name=\"enactingFormula\"><p><span class=\"italic\">The General Assembly</span>,</p></formula>"
        + "<container name=\"Recalling\"><p><i>Recalling</i> its program,</p></container></preamble><mainBody>"
        + "<paragraph><num>1.</num><content><p><i>Requests</i> the Secretary General to report.</p></content></paragraph>"
        + "</mainBody></statement></akomaNtoso>";

    [Fact]
    public void A_word_draft_is_checked_on_the_lines_of_its_rendering()
    {
        using var cli = new CliHarness();
        cli.WriteBytes("draft.docx", Draft());

        CliRun run = cli.Run("check", "draft.docx");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("draft.docx:3:17: warning RES001: Write \"programme\", not \"program\". [paragraph 2 “Recalling its program,”]", run.Output, StringComparison.Ordinal);
        Assert.Contains("draft.docx:5:19: error RES002", run.Output, StringComparison.Ordinal);
        Assert.Contains("[paragraph 3 “1. Requests the Secretary General to …”]", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("--fix", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_never_rewrites_a_word_draft_and_says_so()
    {
        using var cli = new CliHarness();
        byte[] bytes = Draft();
        cli.WriteBytes("draft.docx", bytes);

        CliRun run = cli.Run("check", "--fix", "draft.docx");

        Assert.Equal(bytes, cli.ReadBytes("draft.docx"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--fix does not rewrite Word documents", run.Error, StringComparison.Ordinal);
        Assert.Contains("RES002", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("draft.docx", "not a Word document")]
    [InlineData("draft.xml", "not well-formed XML")]
    public void A_broken_document_is_a_clear_error_with_exit_two(string name, string message)
    {
        using var cli = new CliHarness();
        cli.Write(name, "this is plain text");

        CliRun run = cli.Run("check", name);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_is_not_akoma_ntoso_named_on_the_command_line_is_an_error()
    {
        using var cli = new CliHarness();
        cli.Write("project.xml", "<Project><PropertyGroup /></Project>");

        CliRun run = cli.Run("check", "project.xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not Akoma Ntoso", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_search_takes_word_and_akn_drafts_and_passes_other_xml_by()
    {
        using var cli = new CliHarness();
        cli.WriteBytes("drafts/a.docx", Draft());
        cli.Write("drafts/b.xml", Akn);
        cli.Write("drafts/project.xml", "<Project />");
        cli.WriteBytes("drafts/~$a.docx", [1, 2, 3]);

        CliRun run = cli.Run("check", "--format", "json", "drafts");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a.docx", run.Output, StringComparison.Ordinal);
        Assert.Contains("b.xml", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("project.xml", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("~$", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Outline_and_export_read_word_and_akn_drafts()
    {
        using var cli = new CliHarness();
        string docx = cli.WriteBytes("draft.docx", Draft());
        string xml = cli.Write("draft.xml", Akn);

        // outline and export name files as given, from the process's folder.
        CliRun outline = cli.Run("outline", docx, xml);
        CliRun export = cli.Run("export", "--to", "md", xml);

        Assert.Equal(0, outline.ExitCode);
        Assert.Contains("Recalling (italic)", outline.Output, StringComparison.Ordinal);
        Assert.Equal("*The General Assembly*,\n\n*Recalling* its program,\n\n1. *Requests* the Secretary General to report.\n", export.Output);
    }
}
