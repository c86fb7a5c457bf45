namespace Resolint.Core.Parsing.Roles;

/// <summary>A preambular paragraph: "Recalling its resolution 67/163 …,".</summary>
internal static class PreambularRole
{
    /// <summary>
    /// Shorter than this, a comma-ended line with a participle first may be a heading line or a fragment; a preambular
    /// paragraph says more.
    /// </summary>
    private const int MinCharacters = 40;

    public const string BeforeOperativeReason = "stands before the first operative paragraph";

    /// <summary>
    /// Reads like a preambular paragraph on its own: long enough, opened by a word that could open one, ended by a
    /// comma (or a colon before the items it lists). Where no organ line has been seen, and where a part or section
    /// begins with its own preamble.
    /// </summary>
    public static bool LooksLikeOne(string words) =>
        words.Length > MinCharacters && PunctuationOf.LastMark(words) is ',' or ':' && OpenerReader.CouldOpenPreamble(PunctuationOf.FirstWord(words))
        && !words.StartsWith("The ", StringComparison.Ordinal);

    /// <summary>
    /// In a transcription of print, also where OCR read the closing comma as a full stop and left the lost superscript
    /// marker standing after the mark ("… of the Republic of Zambia. 62", "… in document S/13878, 61"): the number
    /// is read past and the full stop taken for the comma the print has.
    /// </summary>
    public static bool LooksLikeOneInPrint(string words)
    {
        string body = WithoutTrailingNumber(words);
        return body.Length > MinCharacters && PunctuationOf.LastMark(body) is ',' or ':' or '.'
            && OpenerReader.CouldOpenPreamble(PunctuationOf.FirstWord(body)) && !body.StartsWith("The ", StringComparison.Ordinal);
    }

    /// <summary>"… Zambia. 62" without " 62": a number standing alone at the end, after a space.</summary>
    private static string WithoutTrailingNumber(string words)
    {
        string trimmed = words.TrimEnd();
        int start = trimmed.Length;
        while (start > 0 && char.IsAsciiDigit(trimmed[start - 1]))
        {
            start--;
        }

        return start < trimmed.Length && start > 0 && trimmed[start - 1] == ' ' ? trimmed[..(start - 1)] : trimmed;
    }

    /// <summary>
    /// Opens and ends as a preambular paragraph, whatever its length ("Noting with satisfaction:"): where a part or
    /// section may begin with its own preamble, the place already says what it may be.
    /// </summary>
    public static bool OpensLikeOne(string words) =>
        PunctuationOf.LastMark(words) is ',' or ':' && OpenerReader.CouldOpenPreamble(PunctuationOf.FirstWord(words));

    public const string ListItemReason = "a labelled item of the preambular paragraph above";
}
