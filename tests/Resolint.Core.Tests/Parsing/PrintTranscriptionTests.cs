using Resolint.Core.Checking;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// A text transcribed from print shows it in its layout (hard-wrapped lines, page breaks, the printed volume's heading
/// or closing); a typed draft does not. There a mark OCR confuses with the expected one is information, a missing mark
/// still a warning; in a typed draft both are warnings.
/// </summary>
public sealed class PrintTranscriptionTests
{
    private const string Printed = """
        Resolution 466 (1980)
        of 11 April 1980

        The Security Council,

        Conscious of the need to take effective measures to maintain international peace and security,

        1. Strongly condemns the racist regime of South Africa for its continued acts against the Republic of Zambia,

        2. Commends the Republic of Zambia for exercising maximum restraint

        3. Decides to remain seized of the matter.

        Adopted unanimously at the 2211th meeting.
        """;

    private const string Typed = """
        Resolution adopted by the General Assembly on 19 December 2011

        66/999. A fixture

        The General Assembly,

        Conscious of the need to take effective measures to maintain international peace and security,

        1. Strongly condemns the acts against the Republic of Zambia,

        2. Commends the Republic of Zambia for exercising maximum restraint

        3. Decides to remain seized of the matter.

        89th plenary meeting
        19 December 2011
        """;

    [Theory]
    [InlineData("Resolution 466 (1980)\nof 11 April 1980\n\nThe Security Council,\n\n1. Decides to remain seized of the matter.\n", true)]
    [InlineData("122 (1957). Resolution of 24 January 1957\n\nThe Security Council,\n\n1. Decides to remain seized of the matter.\n", true)]
    [InlineData("The Security Council,\n\n1. Decides to remain seized of the matter.\n\nAdopted unanimously at the 1270th meeting.\n", true)]
    [InlineData("The Security Council,\n\nNoting that the report of the Secretary-General dated\n10 December 1965 states that the United Nations\nPeace-keeping Force is needed in Cyprus, and that\nthe parties agree,\n\n1. Reaffirms its resolutions 186 (1964) of 4 March,\n187 (1964) of 13 March and 192 (1964) of 20 June 1964;\n\n2. Requests the Secretary-General to report;\n\n3. Decides to remain seized of the matter.\n", true)]
    [InlineData("The Security Council,\n\n1. Requests the Secretary-General to report;\n\f\n2. Decides to remain seized of the matter.\n", true)]
    [InlineData("The General Assembly,\n\nRecalling its resolution 60/1,\n\n1. Requests the Secretary-General to report;\n\n2. Decides to remain seized of the matter.\n\n89th plenary meeting\n19 December 2011\n", false)]
    [InlineData("Resolution 2334 (2016)\n\nAdopted by the Security Council at its 7853rd meeting, on 23 December 2016\n\nThe Security Council,\n\n1. Decides to remain seized of the matter.\n", false)]
    public void The_layout_shows_a_transcription_of_print(string text, bool transcribed) =>
        Assert.Equal(transcribed, DraftParser.Parse(text).TranscribedFromPrint);

    [Fact]
    public void A_mark_OCR_confuses_is_information_in_a_transcription_and_a_missing_mark_a_warning()
    {
        IReadOnlyList<Diagnostic> found = Check(Printed, "RES302");
        Assert.Collection(
            found,
            d => Assert.Equal((Severity.Info, true), (d.Severity, d.Message.Contains("transcribed from print", StringComparison.Ordinal))),
            d => Assert.Equal((Severity.Warning, false), (d.Severity, d.Message.Contains("transcribed from print", StringComparison.Ordinal))));
    }

    [Fact]
    public void In_a_typed_draft_a_wrong_mark_is_a_warning()
    {
        IReadOnlyList<Diagnostic> found = Check(Typed, "RES302");
        Assert.Equal(2, found.Count);
        Assert.All(found, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    /// <summary>A printed volume's copy that lost its organ line: OCR left the lost markers standing after the marks.</summary>
    private const string PrintedWithoutOrganLine = """
        Resolution 466 (1980)
        of 11 April 1980

        Taking note of the letter dated 8 April 1980 from the Permanent Representative of the Republic of Zambia contained in document S/13878, 61

        Having considered the statement of the representative of the Republic of Zambia. 62

        Conscious of the need to take effective measures to maintain international peace and security,

        1. Decides to remain seized of the matter.

        Adopted unanimously at the 2211th meeting.

        61 See Official Records of the Security Council, Thirty-fifth Year, Supplement for April, May and June 1980.

        62 Ibid., Thirty-fifth Year, 2209th meeting.
        """;

    [Fact]
    public void Without_an_organ_line_the_body_opens_at_a_preambular_paragraph_read_by_OCR()
    {
        Draft draft = DraftParser.Parse(PrintedWithoutOrganLine);
        Assert.Equal(["Taking note", "Having considered", "Conscious"], draft.Preamble.Select(p => p.Opener.Text));
        Assert.Equal([61, 62], draft.FootnoteReferences.Select(r => r.Number));
        Assert.Empty(Check(PrintedWithoutOrganLine, "RES402"));
    }

    [Fact]
    public void Without_an_organ_line_a_footnote_whose_marker_was_lost_is_still_unreferenced()
    {
        string lost = PrintedWithoutOrganLine.Replace("Republic of Zambia. 62", "Republic of Zambia.", StringComparison.Ordinal);
        Assert.Equal([62], Check(lost, "RES402").Select(d => d.Message.Contains("Footnote 62", StringComparison.Ordinal) ? 62 : 0));
    }

    [Theory]
    [InlineData("Resolves:", 1)] // "1, That …" opens the list the paragraph holds, its full stop read as a comma
    [InlineData("Resolves;", 3)] // no colon, no list: each is an operative paragraph
    public void A_list_a_paragraph_holds_may_open_with_its_number_read_with_a_comma(string head, int operative)
    {
        string text = $"70 (1949). Resolution of 7 March 1949\n\nThe Security Council\n{head}\n\n1, That the Trusteeship Council be requested\nto perform the functions specified in Article 87;\n\n2. That the Secretary-General be requested to advise\nthe Trusteeship Council of this resolution.\n\nAdopted at the 415th meeting.\n";
        Assert.Equal(operative, DraftParser.Parse(text).Operative.Count);
    }

    [Theory]
    [InlineData("(6)", "(b)", "(6)")] // a digit OCR reads for the next letter
    [InlineData("(b}", "(b)", "(b}")] // a brace for the closing parenthesis
    [InlineData("(b)", "(b)", null)]
    public void A_label_OCR_misread_is_read_as_the_label_it_stands_for(string written, string label, string? writtenAs)
    {
        string text = $"Resolution 218 (1965)\nof 23 November 1965\n\nThe Security Council,\n\nHaving considered the question,\n\n1. Reaffirms its demand for:\n\n(a) The recognition of the right\nof the peoples;\n\n{written} The cessation of all acts\nof repression.\n\nAdopted at the 1268th meeting.\n";
        SubParagraph second = DraftParser.Parse(text).Operative.Single().SubParagraphs[1];
        Assert.Equal((label, writtenAs), (second.Label, second.WrittenAs));
    }

    [Theory]
    [InlineData("27", 2)] // the next note's number: its own note, though the one before lost its full stop
    [InlineData("29", 1)] // any other number after a note without its full stop carries that note on
    public void A_note_after_one_that_lost_its_full_stop_opens_when_it_is_the_next(string number, int notes)
    {
        string text = $"Resolution 508 (1982)\nof 5 June 1982\n\nThe Security Council,\n\nTaking note of the letters dated 4 June 1982,26\n\n1. Decides to remain seized of the matter.\n\nAdopted unanimously at the\n2374th meeting.\n\n26 Official Records of the Security Council, Thirty-seventh Year, documents S/15161 and S/15162\n{number} Ibid., Thirty-seventh Year, 2374th meeting.\n";
        Assert.Equal(notes, DraftParser.Parse(text).Footnotes.Count);
    }

    private static IReadOnlyList<Diagnostic> Check(string text, string ruleId)
    {
        var checker = new Checker(TestConventions.Model, CheckOptions.Default, RuleCatalogue.All.Where(r => r.Descriptor.Id == ruleId).ToList());
        return checker.Check(DraftParser.Parse(text)).Diagnostics;
    }
}
