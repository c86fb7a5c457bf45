using Resolint.Core.Drafts;

namespace Resolint.Core.Rules.Footnotes;

/// <summary>
/// Where a text's footnote numbering starts. A draft numbers its footnotes from 1; a resolution printed in a
/// volume continues the volume's numbering ("115 Official Records …"), and a copy without its cover page
/// begins after the cover's note. A first footnote that reads "Ibid." repeats a note before the text, so the
/// numbering surely continues a larger document; so does a first number too high for footnotes lost at the
/// start of a draft, and any first number above 1 in a text transcribed from a printed volume.
/// </summary>
internal static class FootnoteNumbering
{
    /// <summary>
    /// The most footnotes a draft plausibly loses before its first one (a deleted opening paragraph, a note on
    /// the cover page); numbering that begins further on continues a volume's.
    /// </summary>
    private const int MostLostAtStart = 2;

    /// <summary>Whether the footnotes continue the numbering of a larger document rather than begin at 1.</summary>
    public static bool ContinuesLargerDocument(Draft draft)
    {
        Footnote? first = First(draft);
        return first is not null && first.Number > 1
            && (first.Number > MostLostAtStart + 1 || first.Text.StartsWith("Ibid", StringComparison.Ordinal) || draft.TranscribedFromPrint);
    }

    /// <summary>The footnote text that stands first.</summary>
    public static Footnote? First(Draft draft)
    {
        Footnote? first = null;
        foreach (Footnote footnote in draft.Footnotes)
        {
            if (first is null || footnote.Span.Start < first.Span.Start)
            {
                first = footnote;
            }
        }

        return first;
    }
}
