using System.Text;
using Resolint.Core.Documents;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Documents;

/// <summary>
/// Footnotes through an export and back: a note no marker refers to, notes whose markers come out of order, markers
/// side by side. Each form keeps them, and reads its own writing back as the draft had them.
/// </summary>
public sealed class ExportNotesTests
{
    private const string Draft =
        "The General Assembly,\n\n*Recalling* its resolution 70/1,[^3] and 70/2,[^2]\n\n1. *Welcomes* the reports;[^3][^4]\n\n"
        + "2. *Decides* to continue its consideration of the question.\n\n__________________\n\n"
        + "[^1]: * Reissued for technical reasons.\n[^2]: Resolution 70/2.\n[^3]: Resolution 70/1.\n[^4]: A/68/208.\n";

    private static Draft Parsed() => DraftParser.Parse(Draft, DraftForm.Markdown);

    private static string Akn() => Encoding.UTF8.GetString(DraftExport.Write(Parsed(), ExportForm.AkomaNtoso));

    [Fact]
    public void Akoma_ntoso_keeps_a_note_no_marker_refers_to_in_the_metadata()
    {
        var akn = System.Xml.Linq.XDocument.Parse(Akn());

        var notes = akn.Descendants().Where(e => e.Name.LocalName == "note").ToList();
        System.Xml.Linq.XElement note = Assert.Single(notes);
        Assert.Equal("meta", note.Parent?.Parent?.Name.LocalName);
        Assert.Equal("1", note.Attribute("marker")?.Value);
        Assert.Equal("* Reissued for technical reasons.", note.Value);
        Assert.Equal(["3", "2", "4"], akn.Descendants().Where(e => e.Name.LocalName == "authorialNote").Select(e => e.Attribute("marker")?.Value ?? "-"));
    }

    [Fact]
    public void Akoma_ntoso_reads_a_metadata_note_and_lists_the_notes_in_the_order_of_their_numbers()
    {
        string text = AknReader.Read(DraftExport.Write(Parsed(), ExportForm.AkomaNtoso)).Text;

        Assert.EndsWith("__________________\n\n[^1]: \\* Reissued for technical reasons.\n[^2]: Resolution 70/2.\n[^3]: Resolution 70/1.\n[^4]: A/68/208.\n", text, StringComparison.Ordinal);
        Draft back = DraftParser.Parse(text, DraftForm.Markdown);
        Assert.Equal([3, 2, 3, 4], back.FootnoteReferences.Select(r => r.Number));
        Assert.Equal([1, 2, 3, 4], back.Footnotes.Select(f => f.Number));
        Assert.Equal("* Reissued for technical reasons.", back.Footnotes[0].Content.Text.Trim());
    }

    [Fact]
    public void Plain_text_writes_markers_side_by_side_a_comma_apart_and_reads_them_back_as_two()
    {
        string text = Encoding.UTF8.GetString(DraftExport.Write(Parsed(), ExportForm.PlainText));

        Assert.Contains("1.\tWelcomes the reports;³,⁴\n", text, StringComparison.Ordinal);
        Assert.Equal([3, 2, 3, 4], DraftParser.Parse(text, DraftForm.PlainText).FootnoteReferences.Select(r => r.Number));
    }

    [Fact]
    public void Markdown_writes_markers_side_by_side_as_they_are_and_reads_them_back_as_two()
    {
        string text = Encoding.UTF8.GetString(DraftExport.Write(Parsed(), ExportForm.Markdown));

        Assert.Contains("1. *Welcomes* the reports;[^3][^4]\n", text, StringComparison.Ordinal);
        Assert.Equal([3, 2, 3, 4], DraftParser.Parse(text, DraftForm.Markdown).FootnoteReferences.Select(r => r.Number));
    }
}
