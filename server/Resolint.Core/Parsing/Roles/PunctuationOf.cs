using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing.Roles;

/// <summary>What the classifiers read of a block's words: its first word, its closing mark.</summary>
internal static class PunctuationOf
{
    public static bool IsClosingMark(char c) => c is ',' or ';' or ':' or '.';

    /// <summary>Whether the raw text ends with , ; : or . (footnote markers after the mark are looked past).</summary>
    public static bool EndsWithClosingMark(RawText raw)
    {
        int i = raw.Length - 1;

        // "…1993, 1/": the Security Council's markers of the 1990s carry a slash.
        while (i >= 0 && (char.IsWhiteSpace(raw[i]) || char.IsAsciiDigit(raw[i]) || SuperscriptDigits.ValueOf(raw[i]) >= 0 || (raw[i] == '/' && i > 0 && char.IsAsciiDigit(raw[i - 1]))))
        {
            i--;
        }

        return i >= 0 && IsClosingMark(raw[i]);
    }

    /// <summary>
    /// Where the character that closes a paragraph's words stands: the last visible one, before an "and" or "or" that practice
    /// puts after the penultimate sub-paragraph's semicolon ("(h) To study; and") and before a lost footnote marker
    /// (<see cref="BeforeLostMarker"/>); -1 when the words show none. Read in the words' own places, so that it holds
    /// wherever they stand: the parse keeps it with them.
    /// </summary>
    public static int ClosingIndex(InlineText words)
    {
        int last = words.LastVisibleIndex();
        if (last < 0)
        {
            return last;
        }

        string text = words.Text;

        // Every conjunction ends in "d" or "r": the words of nearly every paragraph, which end otherwise, are compared with none.
        if (text[last] is 'd' or 'r')
        {
            foreach (string conjunction in Conjunctions)
            {
                if (text.AsSpan(0, last + 1).EndsWith(conjunction, StringComparison.Ordinal))
                {
                    last -= conjunction.Length - 1;
                    break;
                }
            }
        }

        return BeforeLostMarker(text, last);
    }

    /// <summary>
    /// What closes <paramref name="words"/>: the character at <see cref="ClosingIndex"/> when it is a closing mark; else no mark,
    /// just after that character, or at <paramref name="endOffset"/> (the source's end of the words) when the words show none.
    /// </summary>
    public static Ending EndingOf(InlineText words, int endOffset)
    {
        int closing = ClosingIndex(words);
        if (closing < 0)
        {
            return new Ending(null, new TextSpan(endOffset, 0));
        }

        TextSpan source = words.ToSource(new TextSpan(closing, 1));
        char c = words.Text[closing];
        return IsClosingMark(c) ? new Ending(c, source) : new Ending(null, new TextSpan(source.End, 0));
    }

    /// <summary>What practice puts after the penultimate sub-paragraph's closing mark, as <see cref="ClosingIndex"/> looks past it.</summary>
    /// <remarks>Internal for the tests, which read the words as if every paragraph were compared with each.</remarks>
    internal static readonly string[] Conjunctions = ["; and", "; or", ", and", ", or"];

    /// <summary>The most digits a lost marker has: printed volumes number their footnotes into the hundreds.</summary>
    private const int LongestLostMarker = 3;

    /// <summary>
    /// Where the words end before a footnote marker that OCR set apart after the closing mark, its text not in
    /// the copy ("…to the United Nations, 386", "…the United Nations, 1/"), or read as a glyph ("…1991,°"): the index of the mark, else
    /// <paramref name="last"/>. Never after a number ("paragraphs 1, 2"): there the number is the words'.
    /// </summary>
    public static int BeforeLostMarker(string words, int last)
    {
        // "…1991,°", "…Agreement ;’": a glyph OCR read for the marker glued after the mark.
        if (last > 0 && PrintTranscription.MarkerMisreadAfter(words[last - 1], words[last]))
        {
            return last - 1;
        }

        int i = last;
        if (i > 0 && words[i] == '/' && char.IsAsciiDigit(words[i - 1]))
        {
            i--;
        }

        int digitsEnd = i;
        while (i >= 0 && char.IsAsciiDigit(words[i]) && digitsEnd - i < LongestLostMarker)
        {
            i--;
        }

        if (i == digitsEnd || i < 2 || words[i] != ' ' || words[i + 1] == '0' || !IsClosingMark(words[i - 1])
            || (char.IsAsciiDigit(words[i - 2]) && !EndsWithYear(words, i - 1)))
        {
            return last;
        }

        return i - 1;
    }

    /// <summary>The number of a footnote marker OCR set apart after the closing mark that ends the words ("…Guinea, 43"), or null.</summary>
    public static int? LostMarkerAtEnd(string words)
    {
        int last = words.Length - 1;
        int mark = last >= 0 ? BeforeLostMarker(words, last) : last;
        if (mark == last)
        {
            return null;
        }

        int number = 0;
        for (int i = mark + 2; i <= last && char.IsAsciiDigit(words[i]); i++)
        {
            number = (number * 10) + (words[i] - '0');
        }

        return number;
    }

    /// <summary><see cref="LostMarkerAtEnd(string)"/> of a block's <paramref name="words"/>, read once for the texts lent from the same one.</summary>
    public static int? LostMarkerAtEnd(RawText text, string words) => text.ReadsAs is { } lender ? EndsOf(lender, words).LostMarker : LostMarkerAtEnd(words);

    /// <summary><see cref="LastMark(string)"/> of a block's <paramref name="words"/>, read once for the texts lent from the same one.</summary>
    public static char? LastMark(RawText text, string words) => text.ReadsAs is { } lender ? EndsOf(lender, words).LastMark : LastMark(words);

    /// <summary>
    /// The ends of the words of a text lent from <paramref name="lender"/>: kept on it for the next keystroke's text lent from it,
    /// whose words are the same string when they read the same (the parse cache finds them), and read again when not.
    /// </summary>
    private static RawText.WordsEnds EndsOf(RawText lender, string words)
    {
        if (lender.Ends is { } known && ReferenceEquals(known.Words, words))
        {
            return known;
        }

        var ends = new RawText.WordsEnds(words, LastMark(words), LostMarkerAtEnd(words));
        lender.Ends = ends;
        return ends;
    }

    /// <summary>"of 3 March 1992, 183": a date's year before the mark, which no list of numbers goes on from.</summary>
    private static bool EndsWithYear(string words, int end) =>
        end >= 5 && words[end - 5] == ' ' && words[end - 4] is '1' or '2' && char.IsAsciiDigit(words[end - 3]) && char.IsAsciiDigit(words[end - 2]) && char.IsAsciiDigit(words[end - 1]);

    /// <summary>
    /// The closing mark of a block's words, looking past footnote markers after it ("…,⁸", "…;12"); null when the words
    /// end with no mark.
    /// </summary>
    public static char? LastMark(string words)
    {
        int i = words.Length - 1;
        while (i >= 0 && (char.IsWhiteSpace(words[i]) || SuperscriptDigits.ValueOf(words[i]) >= 0))
        {
            i--;
        }

        if (i < 0)
        {
            return null;
        }

        int lost = BeforeLostMarker(words, i);
        if (lost < i)
        {
            return words[lost];
        }

        int digits = i;
        while (digits >= 0 && char.IsAsciiDigit(words[digits]))
        {
            digits--;
        }

        // Bare digits count as a glued marker only after a mark: "2021" ends a title, "2021,1" a paragraph.
        if (digits < i && digits >= 0 && IsClosingMark(words[digits]))
        {
            return words[digits];
        }

        return IsClosingMark(words[i]) ? words[i] : null;
    }

    public static string FirstWord(string words)
    {
        int space = words.IndexOf(' ');
        return (space < 0 ? words : words[..space]).TrimEnd(',', ';', ':', '.');
    }
}
