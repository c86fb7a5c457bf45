using Resolint.Core.Documents;
using Resolint.Tests.Outline.Documents;

namespace Resolint.Tests.Cli;

/// <summary>`resolint export --to md|txt|docx|akn`: each form written, Word bytes kept off a terminal, bad input exit 2.</summary>
public sealed class ExportCliTests
{
    private const string Draft =
        "*The General Assembly*,\n\n*Recalling* its resolution 70/1,[^1]\n\n1. *Requests* the Secretary-General to report:\n\n"
        + "(a) On the first matter;\n\n(b) On the second matter.\n\n__________________\n\n[^1]: Adopted on 25 September 2015.\n";

    [Fact]
    public void Plain_text_is_the_uns_layout_with_a_tab_after_numbers_and_superscript_markers()
    {
        using var cli = new CliHarness();
        string draft = cli.Write("draft.md", Draft);

        CliRun run = cli.Run("export", "--to", "txt", draft);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "The General Assembly,\n\nRecalling its resolution 70/1,¹\n\n1.\tRequests the Secretary-General to report:\n\n(a)\tOn the first matter;\n\n"
            + "(b)\tOn the second matter.\n\n__________________\n\n¹ Adopted on 25 September 2015.\n",
            run.Output);
    }

    [Fact]
    public void Markdown_from_a_plain_text_draft_has_the_italics_the_un_prints()
    {
        using var cli = new CliHarness();
        string draft = cli.Write("draft.txt", "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1.\tRequests the Secretary-General to report.\n");

        CliRun run = cli.Run("export", "--to", "md", draft);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("*The General Assembly*,\n\n*Recalling* its resolution 70/1,\n\n1. *Requests* the Secretary-General to report.\n", run.Output);
    }

    [Fact]
    public void Akoma_ntoso_goes_to_the_file_named_and_is_valid()
    {
        using var cli = new CliHarness();
        string draft = cli.Write("draft.md", Draft);
        string target = Path.Combine(cli.Folder, "draft.xml");

        CliRun run = cli.Run("export", "--to", "akn", "-o", target, draft);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        byte[] akn = cli.ReadBytes("draft.xml");
        Assert.Empty(ExportRoundTrip.SchemaErrors(akn));
        string xml = System.Text.Encoding.UTF8.GetString(akn);
        Assert.Contains("<statement name=\"draft resolution\">", xml, StringComparison.Ordinal);
        Assert.Contains("<authorialNote marker=\"1\"", xml, StringComparison.Ordinal);
        Assert.Contains("<point eId=", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_document_is_refused_on_a_terminal_and_written_when_standard_output_is_redirected()
    {
        using var cli = new CliHarness { OutputIsTerminal = true };
        string draft = cli.Write("draft.md", Draft);

        CliRun refused = cli.Run("export", "--to", "docx", draft);
        cli.OutputIsTerminal = false;
        CliRun written = cli.Run("export", "--to", "docx", draft);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("a Word document is not text: give -o FILE.docx", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, written.ExitCode);
        byte[] docx = cli.StandardOutputBytes.ToArray();
        Assert.Equal((byte)'P', docx[0]);
        Assert.Contains("Requests", WordReader.Read(docx).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_document_goes_to_the_file_named_even_from_a_terminal()
    {
        using var cli = new CliHarness { OutputIsTerminal = true };
        string draft = cli.Write("draft.md", Draft);
        string target = Path.Combine(cli.Folder, "draft.docx");

        CliRun run = cli.Run("export", "--to", "docx", "-o", target, draft);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Recalling", WordReader.Read(cli.ReadBytes("draft.docx")).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.md", "cannot read")]
    [InlineData("shopping.md", "reads as no resolution")]
    [InlineData("broken.docx", "not a Word document")]
    public void An_unreadable_draft_or_one_that_is_no_resolution_is_exit_two_with_a_clear_message(string name, string message)
    {
        using var cli = new CliHarness();
        cli.Write("shopping.md", "Shopping list\n\nMilk, bread.\n");
        cli.Write("broken.docx", "this is plain text");

        CliRun run = cli.Run("export", "--to", "akn", Path.Combine(cli.Folder, name));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void An_unknown_form_is_a_usage_error()
    {
        using var cli = new CliHarness();
        string draft = cli.Write("draft.md", Draft);

        CliRun run = cli.Run("export", "--to", "pdf", draft);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pdf", run.Error, StringComparison.Ordinal);
    }
}
