namespace Resolint.Core.Parsing.Roles;

/// <summary>What the classifiers read of a block's words: its first word, its closing mark.</summary>
internal static class PunctuationOf
{
    public static bool IsClosingMark(char c) => c is ',' or ';' or ':' or '.';

    /// <summary>Whether the raw text ends with , ; : or . (footnote markers after the mark are looked past).</summary>
    public static bool EndsWithClosingMark(RawText raw)
    {
        int i = raw.Length - 1;
        while (i >= 0 && (char.IsWhiteSpace(raw[i]) || char.IsAsciiDigit(raw[i]) || SuperscriptDigits.ValueOf(raw[i]) >= 0))
        {
            i--;
        }

        return i >= 0 && IsClosingMark(raw[i]);
    }

    public static string FirstWord(string words)
    {
        int space = words.IndexOf(' ');
        return (space < 0 ? words : words[..space]).TrimEnd(',', ';', ':', '.');
    }
}
