using Resolint.Core.Text;

namespace Resolint.Core.Parsing.Roles;

/// <summary>
/// Whether a text is a transcription of a printed page read by OCR, as the Security Council's printed volumes and
/// scanned documents are: page breaks kept as form feeds, paragraphs hard-wrapped line by line as printed, the printed
/// volume's heading ("Resolution 466 (1980)" over "of 11 April 1980", "122 (1957). Resolution of 24 January 1957") or
/// its closing ("Adopted unanimously at the 2211th meeting."). A drafter's text shows none of these. In such a text a
/// mark OCR confuses with another is weak evidence of a slip (see <see cref="Drafts.Draft.TranscribedFromPrint"/>).
/// </summary>
internal static class PrintTranscription
{
    /// <summary>
    /// Hard-wrapped lines enough to show a printed page's lines: one or two may be a drafter's stray line break, a
    /// page's worth of them are the print's.
    /// </summary>
    public const int MinWrappedLines = 3;

    /// <summary>Whether the text shows a printed page: a form feed, or paragraphs hard-wrapped as printed.</summary>
    public static bool ShowsPrintedPage(SourceText text, int wrappedLines) =>
        wrappedLines >= MinWrappedLines || text.Contains("\f");

    /// <summary>"122 (1957). Resolution of 24 January 1957", "of 11 April 1980" under the number: the printed volume's heading.</summary>
    public static bool IsPrintedVolumeHeading(string words) =>
        HeadingLines.SecurityCouncilNumberFirst().IsMatch(words) || HeadingLines.OfDate().IsMatch(words);

    /// <summary>"Adopted unanimously at the 1270th meeting.": the printed volume's closing.</summary>
    public static bool IsPrintedVolumeClosing(string words) => HeadingLines.SecurityCouncilAdoption().IsMatch(words);

    /// <summary>"Decisions" alone on its line: a printed volume's record of the decisions after a resolution opens.</summary>
    public static bool OpensVolumeRecord(string words) => words.Trim() == "Decisions";

    /// <summary>"}" or "]" read for the ")" that closes a label: "(c}" is "(c)" as printed.</summary>
    public static bool ClosingParenthesisMisread(char found) => found is '}' or ']';

    /// <summary>
    /// The digits OCR reads for a lower-case letter of the same shape in print: "6" for "b", "0" for "o", "1" for "l",
    /// "9" for "g", "5" for "s".
    /// </summary>
    public static bool DigitMisreadForLetter(char digit, char letter) => (digit, letter) switch
    {
        ('6', 'b') or ('0', 'o') or ('1', 'l') or ('9', 'g') or ('5', 's') => true,
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="glyph"/> after the closing mark <paramref name="mark"/> is a superscript footnote number
    /// OCR read as a glyph: "…1978,* approved", "…1991,°", "…Agreement ;’". A degree sign or an asterisk has no
    /// place after a comma; a closing quotation mark has one after a full stop or a comma, not after a semicolon.
    /// </summary>
    public static bool MarkerMisreadAfter(char mark, char glyph) => glyph switch
    {
        '*' or '°' => PunctuationOf.IsClosingMark(mark),
        '’' or '‘' => mark == ';',
        _ => false,
    };

    /// <summary>How many footnote markers the text holds read as glyphs (<see cref="MarkerMisreadAfter"/>).</summary>
    public static int MarkersMisread(ReadOnlySpan<char> text)
    {
        int count = 0;
        for (int i = 1; i < text.Length; i++)
        {
            if (MarkerMisreadAfter(text[i - 1], text[i]))
            {
                count++;
            }
        }

        return count;
    }
}
