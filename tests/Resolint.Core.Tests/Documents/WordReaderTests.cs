using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Resolint.Core.Documents;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using static Resolint.Tests.Documents.WordFixture;

namespace Resolint.Core.Tests.Documents;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>A Word draft reads as the Markdown the parser reads: words, italics, numbers and notes as Word shows them.</summary>
public sealed class WordReaderTests
{
    private static string Render(IEnumerable<OpenXmlElement> body, IReadOnlyDictionary<int, string>? notes = null) =>
        WordReader.Read(Build(body, notes)).Text;

    [Fact]
    public void Italics_come_from_the_runs_their_character_style_and_the_paragraph_style()
    {
        string text = Render(
        [
            Styled("Italic", R("The General Assembly"), Upright(",")),
            P(R("Recalling", italic: true), R(" its resolution 75/1,")),
            P(new Run(new RunProperties(new RunStyle { Val = "Emphasis" }), new Text("Noting")), R(" the report,")),
            P(R("1."), Tab(), R("Decides", italic: true), R(" to remain seized of the matter.")),
        ]);

        Assert.Equal(
            "*The General Assembly*,\n\n*Recalling* its resolution 75/1,\n\n*Noting* the report,\n\n1. *Decides* to remain seized of the matter.\n",
            text);
        Draft draft = DraftParser.Parse(text, DraftForm.Markdown);
        Assert.Equal(["Recalling", "Noting"], draft.Preamble.Select(p => p.Opener.Text));
        Assert.True(draft.Preamble[0].Opener.Italic);
        Assert.Equal(1, Assert.Single(draft.Operative).Number);
    }

    [Fact]
    public void Automatic_numbering_gives_the_numbers_and_labels_word_shows()
    {
        string text = Render(
        [
            Numbered(0, R("Decides", italic: true), R(" as follows:")),
            Numbered(1, R("first;")),
            Numbered(2, R("detail;")),
            Numbered(2, R("more detail;")),
            Numbered(1, R("second;")),
            Numbered(0, R("Requests", italic: true), R(" a report.")),
        ]);

        Assert.Equal(
            "1. *Decides* as follows:\n\n(a) first;\n\n(i) detail;\n\n(ii) more detail;\n\n(b) second;\n\n2. *Requests* a report.\n",
            text);
    }

    [Fact]
    public void Footnotes_are_numbered_in_the_order_their_markers_appear_and_their_texts_follow_the_rule()
    {
        string text = Render(
            [P(R("Recalling", italic: true), R(" its resolution 70/1,"), NoteMark(5), R(" and the Charter,"), NoteMark(3))],
            new Dictionary<int, string> { [3] = "See A/70/PV.4.", [5] = "Resolution 70/1." });

        Assert.Equal("*Recalling* its resolution 70/1,[^1] and the Charter,[^2]\n\n__________________\n\n[^1]: Resolution 70/1.\n[^2]: See A/70/PV.4.\n", text);
        Draft draft = DraftParser.Parse(text, DraftForm.Markdown);
        Assert.Equal([1, 2], draft.Footnotes.Select(f => f.Number));
    }

    [Fact]
    public void A_note_marked_with_a_number_of_its_own_reads_as_that_number_and_a_star_on_the_title_is_left_out_and_said()
    {
        // The UN's shape: "*" on the title (a cover page's note); here also a note shown as "4" where Word would number 2.
        static Run OwnMark(int id, string mark) => new(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new DocumentFormat.OpenXml.Wordprocessing.FootnoteReference { Id = id, CustomMarkFollows = true }, new Text(mark));
        DocumentText document = WordReader.Read(Build(
            [P(R("70/1. Title"), OwnMark(9, "*")), P(R("Recalling", italic: true), R(" its resolution 70/1,"), NoteMark(5), R(" and the Charter,"), OwnMark(3, "4"))],
            new Dictionary<int, string> { [9] = "Reissued for technical reasons.", [5] = "Resolution 70/1.", [3] = "See A/70/PV.4." }));

        Assert.Equal("70/1. Title\n\n*Recalling* its resolution 70/1,[^1] and the Charter,[^4]\n\n__________________\n\n[^1]: Resolution 70/1.\n[^4]: See A/70/PV.4.\n", document.Text);
        Assert.Contains(document.Notes, n => n.StartsWith("1 note(s) with a mark of their own", StringComparison.Ordinal));
    }

    [Fact]
    public void Tracked_changes_read_as_the_text_after_them_and_are_reported()
    {
        byte[] docx = Build(
        [
            P(
                R("Welcoming", italic: true),
                R(" the "),
                new DeletedRun(new Run(new DeletedText("draft "))) { Id = "1", Author = "A" },
                new InsertedRun(R("final ")) { Id = "2", Author = "A" },
                R("report,")),
        ]);

        DocumentText document = WordReader.Read(docx);

        Assert.Equal("*Welcoming* the final report,\n", document.Text);
        Assert.Contains(document.Notes, n => n.Contains("1 insertions, 1 deletions", StringComparison.Ordinal));
    }

    [Fact]
    public void Hyperlinks_and_fields_read_as_the_text_they_show()
    {
        string text = Render(
        [
            P(
                R("Recalling", italic: true),
                R(" document "),
                new Hyperlink(R("A/72/456")) { Id = "rId99" },
                R(" of "),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" DATE \\@ \"d MMMM yyyy\" ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                R("4 May 2018"),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                new SimpleField(R("and more")) { Instruction = "AUTHOR" },
                R(",")),
        ]);

        Assert.Equal("*Recalling* document A/72/456 of 4 May 2018and more,\n", text);
    }

    [Fact]
    public void Markdown_characters_in_the_words_are_escaped_so_they_stay_words()
    {
        string text = Render([P(R("# 5 * 3 [^2] <b> a_b _c_")), P(R("Recalling", italic: true), new Run(new Break()), R("2. not a list"))]);

        Assert.Equal("\\# 5 \\* 3 \\[^2] \\<b> a_b \\_c\\_\n\n*Recalling*\n2\\. not a list\n", text);
    }

    [Fact]
    public void Tabs_and_no_break_spaces_read_as_one_space()
    {
        string text = Render([P(Tab(), Tab(), R("72/102."), Tab(), R("Question of Guam")), P(R("resolution 1514\u00A0(XV)"))]);

        Assert.Equal("72/102. Question of Guam\n\nresolution 1514 (XV)\n", text);
    }

    [Fact]
    public void A_file_that_is_no_zip_is_refused_with_a_reason()
    {
        var error = Assert.Throws<DocumentFormatException>(() => WordReader.Read("not a zip at all"u8.ToArray()));
        Assert.Contains("not a Word document", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_document_is_refused_as_password_protected()
    {
        byte[] compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var error = Assert.Throws<DocumentFormatException>(() => WordReader.Read(compound));
        Assert.Contains("password-protected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_package_is_refused_not_thrown()
    {
        byte[] docx = Build([P(R("Recalling"))]);
        byte[] cut = docx[..(docx.Length / 2)];

        Assert.Throws<DocumentFormatException>(() => WordReader.Read(cut));
    }

    [Fact]
    public void A_zip_that_is_no_word_document_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }

        Assert.Throws<DocumentFormatException>(() => WordReader.Read(stream.ToArray()));
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_inflated_past_the_cap()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using Stream part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            byte[] spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written <= ZipPackage.MaxInflatedBytes; written += spaces.Length)
            {
                part.Write(spaces);
            }
        }

        Assert.True(stream.Length < 1024 * 1024, "the bomb is small on disk");
        var error = Assert.Throws<DocumentFormatException>(() => WordReader.Read(stream.ToArray()));
        Assert.Contains("zip bomb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_with_no_text_is_no_draft()
    {
        var error = Assert.Throws<DocumentFormatException>(() => WordReader.Read(Build([P()])));
        Assert.Contains("no text", error.Message, StringComparison.Ordinal);
    }
}
