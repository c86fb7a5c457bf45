namespace Resolint.Core.Parsing.Roles;

/// <summary>An operative paragraph: "1. Decides …;", or one that stands alone without a number.</summary>
internal static class OperativeRole
{
    public const string NumberedReason = "a numbered paragraph";

    public const string MissingNumberReason = "an unnumbered paragraph among operative paragraphs: one whose number is missing";

    public const string UnnumberedReason = "ends with a semicolon, colon or full stop and opens with a word that cannot open a preambular paragraph: an operative paragraph without a number";

    /// <summary>
    /// Where a preambular paragraph could stand, a paragraph that acts instead: it opens in capitals with a word no
    /// preambular paragraph opens with ("Decides", "Notes") and ends as operative paragraphs end. A resolution's
    /// single operative paragraph is not numbered; elsewhere this is an operative paragraph that lost its number.
    /// </summary>
    public const string HeldListReason = "numbered from 1 after a paragraph that ends with a colon: a numbered list the paragraph holds (an agenda)";

    public const string ListItemReason = "an unnumbered, unlabelled line after a paragraph that ends with a colon: an item of the list it introduces";

    public static bool ActsWithoutNumber(string words) =>
        words.Length > 0 && char.IsUpper(words[0]) && PunctuationOf.LastMark(words) is '.' or ';' or ':'
        && !OpenerReader.CouldOpenPreamble(VerbOf(words))
        && !words.StartsWith("The ", StringComparison.Ordinal);

    /// <summary>The first word after any leading adverbs, capitalised: "Deeply deplores" → "Deplores", "Deeply concerned" → "Concerned".</summary>
    private static string VerbOf(string words)
    {
        int start = 0;
        while (true)
        {
            int space = words.IndexOf(' ', start);
            string word = (space < 0 ? words[start..] : words[start..space]).TrimEnd(',', ';', ':', '.');
            if (space < 0 || !word.EndsWith("ly", StringComparison.Ordinal) || word.Length <= AdverbSuffix)
            {
                return start == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
            }

            start = space + 1;
        }
    }

    /// <summary>An adverb is longer than its "-ly": "Fully", "Deeply"; "Ly" alone is not one.</summary>
    private const int AdverbSuffix = 2;
}
