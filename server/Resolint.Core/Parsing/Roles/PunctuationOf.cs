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
