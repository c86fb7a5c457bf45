using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Resolint.Core.Documents;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Documents;

using Body = DocumentFormat.OpenXml.Wordprocessing.Body;
using Footnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;
using FootnoteReference = DocumentFormat.OpenXml.Wordprocessing.FootnoteReference;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

/// <summary>
/// A draft's layout written as a Word document in the UN's layout: each role in the UN's style and shape, italics in
/// the runs, Word footnotes at the markers, a valid package that the reader reads back as the draft.
/// </summary>
public sealed class WordWriterTests
{
    private static LayoutRun W(string text) => new(text, Italic: false);

    private static LayoutRun I(string text) => new(text, Italic: true);

    private static LayoutRun Note(int number) => new(string.Empty, Italic: false, number);

    private static LayoutBlock Block(BlockRole role, params LayoutRun[] runs) => new(role, null, 0, runs);

    private static DraftLayout Layout(IReadOnlyList<LayoutBlock> blocks, IReadOnlyList<LayoutNote>? notes = null) =>
        new("A/RES/68/171", "General Assembly", "68/171", "National institutions", "18 December 2013", blocks, notes ?? []);

    /// <summary>A small resolution with every role the writer lays out.</summary>
    private static DraftLayout Resolution() => Layout(
    [
        Block(BlockRole.HeadingLine, W("Resolution adopted by the General Assembly on 18 December 2013")),
        Block(BlockRole.HeadingLine, W("[on the report of the Third Committee (A/68/456/Add.2)]")),
        Block(BlockRole.HeadingLine, W("68/171. National institutions")) with { HoldsTitle = true },
        Block(BlockRole.OrganLine, I("The General Assembly"), W(",")),
        Block(BlockRole.PreambularParagraph, I("Recalling"), W(" its resolution 66/169,"), Note(1)),
        Block(BlockRole.Subheading, W("Follow-up")),
        new LayoutBlock(BlockRole.OperativeParagraph, "1.", 0, [I("Requests"), W(" the Secretary-General:")]),
        new LayoutBlock(BlockRole.SubParagraph, "(a)", 1, [W("To report;")]),
        new LayoutBlock(BlockRole.SubParagraph, "(i)", 2, [W("on progress;")]),
        new LayoutBlock(BlockRole.OperativeParagraph, "2.", 0, [I("Decides"), W(" to remain seized of the matter.")]),
        Block(BlockRole.AdoptionLine, I("70th plenary meeting\n18 December 2013")),
        Block(BlockRole.Annex, W("Annex")),
        Block(BlockRole.PartHeading, W("A")),
        new LayoutBlock(BlockRole.AnnexText, "1.", 0, [W("We reaffirm the Principles.")]),
    ],
    [new LayoutNote(1, [I("Official Records"), W(", Supplement No. 36.")])]);

    private static T Open<T>(byte[] docx, Func<WordprocessingDocument, T> read)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, false);
        return read(document);
    }

    private static List<Paragraph> Paragraphs(WordprocessingDocument document) => [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()];

    private static string Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;

    /// <summary>The paragraph's runs as "→" for a tab, "↵" for a break, "*…*" for italic words, "[^id]" for a footnote.</summary>
    private static string Shape(Paragraph p) => string.Concat(p.Descendants<Run>().Select(run => string.Concat(run.ChildElements.Select(child => child switch
    {
        TabChar => "→",
        Break => "↵",
        DocumentFormat.OpenXml.Wordprocessing.Text t when run.RunProperties?.Italic is not null => "*" + t.Text + "*",
        DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text,
        FootnoteReference r => $"[^{r.Id}]",
        _ => string.Empty,
    }))));

    [Fact]
    public void Each_role_takes_the_style_and_shape_of_the_uns_files()
    {
        byte[] docx = WordWriter.Write(Resolution());
        List<(string Style, string Shape)> paragraphs = Open(docx, d => Paragraphs(d).Select(p => (Style(p), Shape(p))).ToList());

        Assert.Equal(
            [
                ("TitleHCH", "Resolution adopted by the General Assembly on 18 December 2013"),
                ("H4", "[on the report of the Third Committee (A/68/456/Add.2)]"),
                ("TitleH1", "→68/171.→National institutions"),
                ("SingleTxt", "→*The General Assembly*,"),
                ("SingleTxt", "→*Recalling* its resolution 66/169,[^1]"),
                ("H23", "→→Follow-up"),
                ("SingleTxt", "→1.→*Requests* the Secretary-General:"),
                ("SingleTxt", "→(a)→To report;"),
                ("SingleTxt", "→(i)→on progress;"),
                ("SingleTxt", "→2.→*Decides* to remain seized of the matter."),
                ("SingleTxt", "*70th plenary meeting*↵*18 December 2013*"),
                ("H1", "Annex"),
                ("H23", "→→A"),
                ("SingleTxt", "→1.→We reaffirm the Principles."),
            ],
            paragraphs);
    }

    [Fact]
    public void Operative_paragraphs_are_laid_out_as_the_uns_and_deeper_sub_paragraphs_indented()
    {
        byte[] docx = WordWriter.Write(Resolution());
        Open(docx, d =>
        {
            List<Paragraph> p = Paragraphs(d);
            // The operative paragraph and the first level keep the style's indent: the number at a tab, the lines after at the text's indent.
            Assert.Null(p[6].ParagraphProperties!.Indentation);
            Assert.Null(p[7].ParagraphProperties!.Indentation);
            Indentation deeper = p[8].ParagraphProperties!.Indentation!;
            Assert.Equal(("1742", "475"), (deeper.Left?.Value, deeper.Hanging?.Value));
            Assert.Equal(JustificationValues.Right, p[10].ParagraphProperties!.Justification!.Val!.Value);
            Assert.NotNull(p[11].ParagraphProperties!.PageBreakBefore);
            Style single = d.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "SingleTxt");
            Assert.Equal("1267", single.StyleParagraphProperties!.Indentation!.Left!.Value);
            Style normal = d.MainDocumentPart.StyleDefinitionsPart.Styles.Elements<Style>().Single(s => s.StyleId == "Normal");
            Assert.Equal("20", normal.StyleRunProperties!.FontSize!.Val!.Value);
            return 0;
        });
    }

    [Fact]
    public void Footnotes_are_word_footnotes_at_their_markers()
    {
        byte[] docx = WordWriter.Write(Resolution());
        Open(docx, d =>
        {
            FootnoteReference reference = Assert.Single(d.MainDocumentPart!.Document!.Body!.Descendants<FootnoteReference>());
            Assert.Equal("FootnoteReference", reference.Parent!.GetFirstChild<RunProperties>()!.RunStyle!.Val!.Value);
            Footnote[] notes = [.. d.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<Footnote>()];
            Assert.Equal([-1L, 0L, reference.Id!.Value], notes.Select(n => n.Id!.Value));
            Assert.Equal(FootnoteEndnoteValues.Separator, notes[0].Type!.Value);
            Paragraph text = notes[2].GetFirstChild<Paragraph>()!;
            Assert.Equal("FootnoteText", Style(text));
            Assert.Single(text.Descendants<FootnoteReferenceMark>());
            Assert.Equal("→ →*Official Records*, Supplement No. 36.", Shape(text));
            return 0;
        });
    }

    [Fact]
    public void The_package_is_valid_open_xml()
    {
        DraftLayout repeated = Resolution() with
        {
            Blocks = [.. Resolution().Blocks, Block(BlockRole.OperativeParagraph, W("Reaffirms"), Note(1), W(" the principles."))],
        };
        DraftLayout fromTwo = Layout(
            [Block(BlockRole.HeadingLine, W("68/171. National institutions")) with { HoldsTitle = true }, Block(BlockRole.PreambularParagraph, I("Recalling"), Note(3))],
            [new LayoutNote(2, [W("Reissued.")]), new LayoutNote(3, [W("A/68/1.")]), new LayoutNote(5, [W("A/68/5.")])]);
        foreach (DraftLayout layout in (DraftLayout[])[repeated, fromTwo])
        {
            using var stream = new MemoryStream(WordWriter.Write(layout), writable: false);
            using WordprocessingDocument document = WordprocessingDocument.Open(stream, false);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join('\n', errors));
        }
    }

    [Fact]
    public void The_reader_reads_the_export_as_the_draft()
    {
        string text = WordReader.Read(WordWriter.Write(Resolution())).Text;

        Assert.Equal(
            "Resolution adopted by the General Assembly on 18 December 2013\n\n[on the report of the Third Committee (A/68/456/Add.2)]\n\n"
            + "68/171. National institutions\n\n*The General Assembly*,\n\n*Recalling* its resolution 66/169,[^1]\n\nFollow-up\n\n"
            + "1. *Requests* the Secretary-General:\n\n(a) To report;\n\n(i) on progress;\n\n2. *Decides* to remain seized of the matter.\n\n"
            + "*70th plenary meeting*\n*18 December 2013*\n\nAnnex\n\nA\n\n1. We reaffirm the Principles.\n\n"
            + "__________________\n\n[^1]: *Official Records*, Supplement No. 36.\n",
            text);
        Draft draft = DraftParser.Parse(text, DraftForm.Markdown);
        Assert.Equal("Recalling", Assert.Single(draft.Preamble).Opener.Text);
        Assert.Equal([1, 2], draft.Operative.Take(2).Select(p => p.Number));
        Assert.Equal("Requests", draft.Operative[0].Verb.Text);
        Assert.Equal(1, Assert.Single(draft.Footnotes).Number);
    }

    [Fact]
    public void A_note_referred_to_again_is_one_footnote_and_a_noteref_field_as_in_the_uns_files()
    {
        DraftLayout layout = Layout(
        [
            Block(BlockRole.PreambularParagraph, I("Recalling"), W(" the Principles,"), Note(1)),
            new LayoutBlock(BlockRole.OperativeParagraph, "1.", 0, [I("Reaffirms"), W(" the Principles;"), Note(1)]),
        ],
        [new LayoutNote(1, [W("Resolution 48/134, annex.")])]);

        byte[] docx = WordWriter.Write(layout);
        Open(docx, d =>
        {
            Body body = d.MainDocumentPart!.Document!.Body!;
            FootnoteReference reference = Assert.Single(body.Descendants<FootnoteReference>());
            BookmarkStart bookmark = Assert.Single(body.Descendants<BookmarkStart>());
            Assert.Same(reference.Parent, bookmark.NextSibling());
            FieldCode field = Assert.Single(body.Descendants<FieldCode>());
            Assert.Equal($" NOTEREF {bookmark.Name} \\h ", field.Text);
            Assert.Equal(3, d.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<Footnote>().Count());
            return 0;
        });

        // The field shows the note's number, read as the UN's files and their text twins read it ("Principles;1").
        Assert.Contains("1. *Reaffirms* the Principles;1\n", WordReader.Read(docx).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_that_start_after_one_keep_their_numbers()
    {
        DraftLayout layout = Layout(
            [Block(BlockRole.PreambularParagraph, I("Recalling"), W(" its resolution,"), Note(2), W(" and the report,"), Note(3))],
            [new LayoutNote(2, [W("Resolution 66/169.")]), new LayoutNote(3, [W("A/68/1.")])]);

        byte[] docx = WordWriter.Write(layout);
        string text = WordReader.Read(docx).Text;

        ushort?[] starts = Open(docx, d => d.MainDocumentPart!.Document!.Descendants<NumberingStart>().Concat(d.MainDocumentPart.DocumentSettingsPart!.Settings!.Descendants<NumberingStart>()).Select(n => n.Val?.Value).ToArray());
        Assert.Equal([(ushort?)2, 2], starts);

        // Numbers Word gives itself from there: no note shows a mark of its own.
        Assert.Equal(0, Open(docx, d => d.MainDocumentPart!.Document!.Descendants<FootnoteReference>().Count(r => r.CustomMarkFollows?.Value == true)));
        Assert.Equal("*Recalling* its resolution,[^2] and the report,[^3]\n\n__________________\n\n[^2]: Resolution 66/169.\n[^3]: A/68/1.\n", text);
    }

    [Fact]
    public void Notes_start_at_one_without_a_numbering_start()
    {
        byte[] docx = WordWriter.Write(Resolution());
        int starts = Open(docx, d => d.MainDocumentPart!.Document!.Descendants<NumberingStart>().Count() + d.MainDocumentPart.DocumentSettingsPart!.Settings!.Descendants<NumberingStart>().Count());
        Assert.Equal(0, starts);
    }

    [Fact]
    public void A_cover_note_no_marker_refers_to_is_marked_with_a_star_on_the_title_and_reads_back_with_no_marker()
    {
        DraftLayout layout = Layout(
            [
                Block(BlockRole.HeadingLine, W("68/171. National institutions")) with { HoldsTitle = true },
                Block(BlockRole.PreambularParagraph, I("Recalling"), W(" its resolution,"), Note(2)),
            ],
            [new LayoutNote(1, [W("Reissued for technical reasons.")]), new LayoutNote(2, [W("Resolution 66/169.")])]);

        byte[] docx = WordWriter.Write(layout);
        string text = WordReader.Read(docx).Text;

        // As the UN marks it: a footnote whose mark ("*") follows the reference, on the title; Word numbers the rest from 2.
        (bool custom, string mark) = Open(docx, d => d.MainDocumentPart!.Document!.Descendants<FootnoteReference>().First() is { } first
            ? (first.CustomMarkFollows?.Value == true, first.Parent!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().First().Text)
            : (false, string.Empty));
        Assert.True(custom);
        Assert.Equal("*", mark);
        Assert.Equal(
            "68/171. National institutions\n\n*Recalling* its resolution,[^2]\n\n__________________\n\n[^1]: Reissued for technical reasons.\n[^2]: Resolution 66/169.\n",
            text);
    }

    [Fact]
    public void A_note_whose_number_word_would_not_give_is_marked_with_its_own_and_reads_back_as_it()
    {
        // Notes 1 and 3, 2 skipped: Word would number the second 2, so it shows its own mark, "3".
        DraftLayout layout = Layout(
            [
                Block(BlockRole.PreambularParagraph, I("Recalling"), W(" its resolution,"), Note(1)),
                Block(BlockRole.PreambularParagraph, I("Noting"), W(" the report,"), Note(3)),
            ],
            [new LayoutNote(1, [W("Resolution 66/169.")]), new LayoutNote(3, [W("A/68/1.")])]);

        byte[] docx = WordWriter.Write(layout);
        string text = WordReader.Read(docx).Text;

        int customMarks = Open(docx, d => d.MainDocumentPart!.Document!.Descendants<FootnoteReference>().Count(r => r.CustomMarkFollows?.Value == true));
        Assert.Equal(1, customMarks);
        Assert.Equal("*Recalling* its resolution,[^1]\n\n*Noting* the report,[^3]\n\n__________________\n\n[^1]: Resolution 66/169.\n[^3]: A/68/1.\n", text);
    }

    [Fact]
    public void A_note_no_marker_refers_to_after_the_first_marker_follows_the_text_and_is_not_lost()
    {
        DraftLayout layout = Layout(
            [Block(BlockRole.PreambularParagraph, I("Recalling"), W(" its resolution,"), Note(1))],
            [new LayoutNote(1, [W("Resolution 66/169.")]), new LayoutNote(2, [W("A/68/1.")])]);

        string text = WordReader.Read(WordWriter.Write(layout)).Text;

        Assert.Equal("*Recalling* its resolution,[^1]\n\n\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n\n2 A/68/1.\n\n__________________\n\n[^1]: Resolution 66/169.\n", text);
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_left_out_and_a_form_feed_is_a_space()
    {
        DraftLayout layout = Layout([Block(BlockRole.PreambularParagraph, I("Recalling"), W(" its\fresolution\u0001 66/169 \U0001F30D,"))]);

        string text = WordReader.Read(WordWriter.Write(layout)).Text;

        Assert.Equal("*Recalling* its resolution 66/169 \U0001F30D,\n", text);
    }

    [Fact]
    public void The_running_header_shows_the_title_and_the_symbol()
    {
        byte[] docx = WordWriter.Write(Resolution());
        string header = Open(docx, d => d.MainDocumentPart!.HeaderParts.Single().Header!.InnerText);
        Assert.Equal("National institutionsA/RES/68/171", header);
    }
}
